import { type Job, STAGE_LABELS } from '../../shared/domain/index.ts';
import { Loading } from '../lib/ui/Loading.tsx';
import { timeAgo } from '../lib/ui/time.ts';

interface Props {
  jobs: Job[] | undefined;
  empty: React.ReactNode;
  onOpen?: (job: Job) => void;
  /** Optional badge per job (the match score, once computed). */
  badge?: (job: Job) => React.ReactNode;
}

export function JobList({ jobs, empty, onOpen, badge }: Props) {
  if (!jobs) return <Loading label="Loading jobs" />;
  if (jobs.length === 0) return <div className="empty">{empty}</div>;
  return (
    <ul className="job-list" aria-label="Saved jobs">
      {jobs.map((job) => (
        <li key={job.id} data-testid="job-row">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            {onOpen ? (
              <button type="button" className="linkish" onClick={() => onOpen(job)}>
                {job.title}
              </button>
            ) : (
              <strong>{job.title}</strong>
            )}
            <span className="row" style={{ gap: 6 }}>
              {badge?.(job)}
              <span className="stage" data-testid="job-stage">
                {STAGE_LABELS[job.stage]}
              </span>
            </span>
          </div>
          <div className="muted small">
            {job.company || 'Company unknown'} · saved {timeAgo(job.createdAt)}
          </div>
        </li>
      ))}
    </ul>
  );
}
