import { useCallback, useState } from 'react';
import { STAGE_LABELS, type Stage } from '../../../shared/domain/index.ts';
import { AccountPanel } from '../../components/AccountPanel.tsx';
import { AutofillPanel } from '../../components/AutofillPanel.tsx';
import { CaptureButton, type CaptureOutcome } from '../../components/CaptureButton.tsx';
import { FirstRun } from '../../components/FirstRun.tsx';
import { JobDetail } from '../../components/JobDetail.tsx';
import { JobList } from '../../components/JobList.tsx';
import { ManualJobForm } from '../../components/ManualJobForm.tsx';
import { OpenPipelineButton } from '../../components/OpenPipelineButton.tsx';
import { ScoreBadge } from '../../components/ScoreBadge.tsx';
import { SkyvernSubmit } from '../../components/SkyvernSubmit.tsx';
import { StageCounts } from '../../components/StageCounts.tsx';
import { StageOptions } from '../../components/StageOptions.tsx';
import { Toast, type ToastState } from '../../components/Toast.tsx';
import type { CaptureResult } from '../../lib/messaging.ts';
import { useActiveTabJobId } from '../../lib/ui/active-tab.ts';
import { EmptyState } from '../../lib/ui/EmptyState.tsx';
import { useJob, useJobs, useRanks, useScores } from '../../lib/ui/hooks.ts';
import { useAutofillRequests } from '../../lib/ui/panel-intent.ts';
import { PanelTabs, type Tab } from './PanelTabs.tsx';

export function SidePanelApp() {
  const [tab, setTab] = useState<Tab>('page');
  // The in-page Autofill button opens the panel on the Autofill tab's preview.
  const autofillRequests = useAutofillRequests();
  // "Autofill the form" on the posting's view: the same preview, asked from the panel itself.
  const [panelAutofills, setPanelAutofills] = useState(0);
  const capture = useState<CaptureOutcome | null>(null);
  const [seenRequests, setSeenRequests] = useState(0);
  if (autofillRequests !== seenRequests) {
    setSeenRequests(autofillRequests);
    setTab('autofill');
  }
  const [openJobId, setOpenJobId] = useState<string | null>(null);
  const [filter, setFilter] = useState<Stage | 'all'>('all');
  const [toast, setToast] = useState<ToastState | null>(null);
  const [missed, setMissed] = useState<Extract<CaptureResult, { ok: false }> | null>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const [sort, setSort] = useState<'newest' | 'score'>('newest');
  const jobs = useJobs();
  const scores = useScores();
  const ranks = useRanks();
  const openJob = useJob(openJobId);
  // "This page" follows the active tab: its saved job, or what was just captured or added by hand.
  const activeTabJobId = useActiveTabJobId();
  const [capturedId, setCapturedId] = useState<string | null>(null);
  const [seenTabJob, setSeenTabJob] = useState(activeTabJobId);
  if (seenTabJob !== activeTabJobId) {
    // The user moved to another page: forget what was captured on the last one.
    setSeenTabJob(activeTabJobId);
    setCapturedId(null);
    capture[1](null);
  }
  const pageJob = useJob(capturedId ?? activeTabJobId);
  const filtered = filter === 'all' ? jobs : jobs?.filter((j) => j.stage === filter);
  const shown =
    sort === 'score' && filtered && ranks
      ? [...filtered].sort((a, b) => (ranks.get(b.id) ?? -1) - (ranks.get(a.id) ?? -1))
      : filtered;
  const open = (id: string) => {
    // Start of the open-to-score timing; MatchView marks when the score is painted.
    performance.clearMeasures('open-to-score');
    performance.mark('job-open');
    setOpenJobId(id);
  };

  const saveButton = (
    <CaptureButton
      outcome={capture}
      onResult={(r) => {
        setMissed(r.ok || r.reason !== 'no-posting' ? null : r);
        if (r.ok) setCapturedId(r.save.job.id);
      }}
    />
  );

  return (
    <main style={{ padding: '0 12px 12px' }} className="stack">
      <div className="page-top">
        <header className="row" style={{ justifyContent: 'space-between' }}>
          <h1>Jobraker</h1>
        </header>
        <PanelTabs tab={tab} onSelect={setTab} />
        <Toast toast={toast} onDone={clearToast} />
      </div>
      <FirstRun />

      {tab === 'page' && (
        <section className="stack" aria-label="This page">
          {/* The page in view first; Save sits among its actions once it is a saved posting. */}
          {!pageJob && saveButton}
          {missed && (
            <ManualJobForm
              found={missed.draft}
              onSaved={(id) => {
                setMissed(null);
                setCapturedId(id);
              }}
            />
          )}
          {pageJob ? (
            <>
              <JobDetail
                job={pageJob}
                onToast={setToast}
                onClose={() => setCapturedId(null)}
                actions={saveButton}
                onAutofill={() => {
                  setPanelAutofills((n) => n + 1);
                  setTab('autofill');
                }}
              />
              <SkyvernSubmit job={pageJob} />
            </>
          ) : (
            !missed && (
              <EmptyState
                title="No saved posting in this tab."
                next=" Open a job posting and press Save this page: its match, requirements and actions show up here."
              />
            )
          )}
        </section>
      )}

      {tab === 'autofill' && <AutofillPanel previewSignal={autofillRequests + panelAutofills} />}
      {tab === 'account' && <AccountPanel />}

      {tab === 'pipeline' && (
        <section className="stack" aria-label="Pipeline">
          <StageCounts />
          <OpenPipelineButton />
          <label>
            Show
            <select value={filter} onChange={(e) => setFilter(e.target.value as Stage | 'all')}>
              <option value="all">All stages</option>
              <StageOptions />
            </select>
          </label>
          <label>
            Sort
            <select value={sort} onChange={(e) => setSort(e.target.value as 'newest' | 'score')}>
              <option value="newest">Newest first</option>
              <option value="score">Best match first</option>
            </select>
          </label>
          {openJob ? (
            <>
              <button type="button" onClick={() => setOpenJobId(null)}>
                ← All jobs
              </button>
              <JobDetail job={openJob} onToast={setToast} onClose={() => setOpenJobId(null)} />
              <SkyvernSubmit job={openJob} />
            </>
          ) : (
            <JobList
              jobs={shown}
              onOpen={(j) => open(j.id)}
              badge={(j) => <ScoreBadge score={scores?.get(j.id)} />}
              empty={
                filter === 'all'
                  ? 'No saved jobs yet. Open any job posting and press Save to Jobraker on the page (or Alt+Shift+S).'
                  : `No jobs in ${STAGE_LABELS[filter]}. Choose "All stages" to see the others.`
              }
            />
          )}
        </section>
      )}
    </main>
  );
}
