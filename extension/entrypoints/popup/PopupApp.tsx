import { AccountLine } from '../../components/AccountLine.tsx';
import { AutofillButton } from '../../components/AutofillButton.tsx';
import { CaptureButton } from '../../components/CaptureButton.tsx';
import { FirstRun } from '../../components/FirstRun.tsx';
import { JobList } from '../../components/JobList.tsx';
import { OpenPipelineButton } from '../../components/OpenPipelineButton.tsx';
import { ScoreBadge } from '../../components/ScoreBadge.tsx';
import { StageCounts } from '../../components/StageCounts.tsx';
import { SubmissionsNeedingYou } from '../../components/SubmissionsNeedingYou.tsx';
import { TodayList } from '../../components/TodayList.tsx';
import { useRecentJobs, useScores } from '../../lib/ui/hooks.ts';
import { openSidePanel } from '../../lib/ui/open-side-panel.ts';

/** The pipeline at a glance: counts per stage, the last five saves, and the two main actions. */
export function PopupApp() {
  const recent = useRecentJobs(5);
  const scores = useScores();
  return (
    <main className="stack" style={{ width: 360, padding: 12 }}>
      <header className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Jobraker</h1>
        <button type="button" onClick={() => void openSidePanel()}>
          Open side panel
        </button>
      </header>
      <FirstRun />
      <CaptureButton />
      <AutofillButton />
      <section aria-labelledby="pipeline-h">
        <h2 id="pipeline-h">Pipeline</h2>
        <StageCounts />
        <OpenPipelineButton />
      </section>
      <TodayList />
      <SubmissionsNeedingYou />
      <section aria-labelledby="recent-h">
        <h2 id="recent-h">Recently saved</h2>
        <JobList
          jobs={recent}
          badge={(j) => <ScoreBadge score={scores?.get(j.id)} />}
          empty={
            <>
              No jobs yet. Open a job posting and press <strong>Save this page</strong> (Alt+Shift+S).
            </>
          }
        />
      </section>
      <AccountLine />
    </main>
  );
}
