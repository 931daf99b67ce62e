import { type Job, STAGE_LABELS } from '../../../shared/domain/index.ts';
import { timeAgo } from '../../lib/ui/time.ts';
import { formatSalary } from '../format.ts';

/** The posting at a glance: what, where, pay, stage and the link back to it. */
export function PostingSummary({ job }: { job: Job }) {
  const where = (job.locations ?? []).map((l) => l.raw).join(' · ');
  const facts = [where, job.workType, job.salary ? formatSalary(job.salary) : null, job.employmentType]
    .filter(Boolean)
    .join(' · ');
  return (
    <section aria-labelledby="posting-title">
      <h1 id="posting-title" style={{ marginTop: 12 }}>
        {job.title}
      </h1>
      <p style={{ margin: '4px 0' }}>
        <strong>{job.company}</strong> {facts && <span className="muted">· {facts}</span>}
      </p>
      <p className="small" style={{ margin: '4px 0' }}>
        <span className="stage">{STAGE_LABELS[job.stage]}</span>{' '}
        <span className="muted">since {timeAgo(job.stageChangedAt)}</span>
        {job.deadline && <span className="muted"> · apply by {job.deadline}</span>}
        {job.excitement ? <span className="muted"> · {'★'.repeat(job.excitement)}</span> : null}
      </p>
      {job.descriptionText && (
        <details>
          <summary>Description</summary>
          <p className="small" style={{ whiteSpace: 'pre-wrap' }}>
            {job.descriptionText.slice(0, 4000)}
          </p>
        </details>
      )}
      <a href={job.url} target="_blank" rel="noreferrer">
        Open posting
      </a>
    </section>
  );
}
