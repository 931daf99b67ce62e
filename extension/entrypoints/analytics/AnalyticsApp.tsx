import { useLiveQuery } from 'dexie-react-hooks';
import { analyticsJobs, computeAnalytics } from '../../../shared/analytics/index.ts';
import { db } from '../../lib/db/database.ts';
import { boardName, weekName } from './format.ts';
import { ServerComparison } from './ServerComparison.tsx';
import { SplitSection } from './SplitSection.tsx';
import { FunnelSection, ResponseSection, StageTimeSection } from './sections.tsx';

/** Reads the pipeline live (the background writes it) and computes the measures in the page. */
function usePipelineAnalytics() {
  return useLiveQuery(async () => {
    const d = db();
    const [jobs, events, matches, personas] = await Promise.all([
      d.jobs.toArray(),
      d.stageEvents.toArray(),
      d.matches.toArray(),
      d.personas.toArray(),
    ]);
    const names = new Map(personas.map((p) => [p.id, p.name]));
    return { analytics: computeAnalytics(analyticsJobs(jobs, matches), events), names };
  }, []);
}

export function AnalyticsApp() {
  const data = usePipelineAnalytics();
  const personaName = (key: string | null) =>
    key === null ? 'No persona' : (data?.names.get(key) ?? 'A deleted persona');
  return (
    <main className="analytics">
      <header>
        <h1>Analytics</h1>
        <p>Computed in this browser from your saved jobs and their stage changes.</p>
      </header>
      {!data ? (
        <p>Loading…</p>
      ) : data.analytics.overall.jobs === 0 ? (
        <section className="empty" data-testid="analytics-empty" aria-labelledby="empty-title">
          <h2 id="empty-title">No jobs yet</h2>
          <p>
            Save jobs from job pages (the Jobraker button or Alt+Shift+S), then move them through the stages
            as you apply and hear back. The funnel, your response rate and the time spent in each stage appear
            here.
          </p>
        </section>
      ) : (
        <>
          <FunnelSection figures={data.analytics.overall} />
          <ResponseSection figures={data.analytics.overall} />
          <StageTimeSection figures={data.analytics.overall} />
          <SplitSection split="board" groups={data.analytics.byBoard} nameOf={boardName} />
          <SplitSection split="persona" groups={data.analytics.byPersona} nameOf={personaName} />
          <SplitSection split="week" groups={data.analytics.byWeek} nameOf={weekName} />
          <ServerComparison local={data.analytics} />
        </>
      )}
    </main>
  );
}
