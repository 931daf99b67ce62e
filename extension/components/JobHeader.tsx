import { type Job, STAGE_LABELS } from '../../shared/domain/index.ts';
import { formatSalary } from './format.ts';

/** The posting at the top of its view: title, company, where, pay and stage, and a link to the page. */
export function JobHeader({ job, headingId }: { job: Job; headingId: string }) {
  const where = job.locations?.map((l) => l.raw).join(' · ');
  const facts = [
    job.company || 'Company unknown',
    where,
    job.salary ? formatSalary(job.salary) : null,
  ].filter(Boolean);
  return (
    <header className="stack" style={{ gap: 2 }} data-testid="job-header">
      <div className="row spread" style={{ flexWrap: 'nowrap', alignItems: 'flex-start' }}>
        <h2 id={headingId} className="job-title">
          {job.title || 'Untitled posting'}
        </h2>
        <span className="stage" data-testid="job-header-stage">
          {STAGE_LABELS[job.stage]}
        </span>
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        {facts.join(' · ')}
      </p>
      <a className="small" href={job.url} target="_blank" rel="noreferrer">
        Open posting
      </a>
    </header>
  );
}
