import { useState } from 'react';
import { InterviewsSection } from '../../components/job-detail/InterviewsSection.tsx';
import { NotesSection } from '../../components/job-detail/NotesSection.tsx';
import { OffersCompare } from '../../components/job-detail/OffersCompare.tsx';
import { OffersSection } from '../../components/job-detail/OffersSection.tsx';
import { PeopleSection } from '../../components/job-detail/PeopleSection.tsx';
import { PostingSummary } from '../../components/job-detail/PostingSummary.tsx';
import { StageTimeline } from '../../components/job-detail/StageTimeline.tsx';
import { TagEditor } from '../../components/job-detail/TagEditor.tsx';
import { Toast, type ToastState } from '../../components/Toast.tsx';
import { useJob } from '../../lib/ui/hooks.ts';

/** `job.html?id=<jobId>`: one job's workspace; `job.html?compare=1`: offers across jobs side by side. */
export function JobPage({ params }: { params: URLSearchParams }) {
  const [toast, setToast] = useState<ToastState | null>(null);
  const jobId = params.get('id');
  const job = useJob(jobId);
  const body = params.has('compare') ? (
    <OffersCompare />
  ) : !jobId ? (
    <p className="empty">No job chosen. Open one from the side panel or the Pipeline.</p>
  ) : job === undefined ? (
    <p className="muted">Loading…</p>
  ) : job === null ? (
    <p className="notice error" role="alert">
      That job is no longer saved (it may have been deleted on another screen).
    </p>
  ) : (
    <div className="job-page-grid">
      <div className="stack">
        <PostingSummary job={job} />
        <TagEditor job={job} onToast={setToast} />
        <NotesSection jobId={job.id} onToast={setToast} />
        <PeopleSection jobId={job.id} onToast={setToast} />
      </div>
      <div className="stack">
        <InterviewsSection jobId={job.id} onToast={setToast} />
        <OffersSection jobId={job.id} onToast={setToast} />
        <StageTimeline jobId={job.id} />
      </div>
    </div>
  );
  return (
    <main className="job-page">
      <nav className="row small">
        <strong>Jobraker</strong>
        <span style={{ flex: 1 }} />
        <a href="/job.html?compare=1">Compare offers</a>
      </nav>
      {body}
      <Toast toast={toast} onDone={() => setToast(null)} />
    </main>
  );
}
