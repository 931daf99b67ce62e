import { type Interaction, InteractionChannel, type Job, type Person } from '../../../shared/domain/index.ts';
import { text } from './act.ts';

const ROLE_LABEL: Record<Person['role'], string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  referrer: 'Referrer',
  interviewer: 'Interviewer',
  other: 'Contact',
};

export { ROLE_LABEL };

interface Props {
  person: Person;
  jobId: string;
  /** The other jobs this person is linked to. */
  otherJobs: Job[];
  log: Interaction[];
  onLog: (form: FormData, el: HTMLFormElement) => void;
  onUnlink: () => void;
}

/** One person: how to reach them, the other jobs they relate to, and what happened with them. */
export function PersonCard({ person, jobId, otherJobs, log, onLog, onUnlink }: Props) {
  return (
    <li className="card stack" aria-label={person.name}>
      <div>
        <strong>{person.name}</strong> <span className="muted small">{ROLE_LABEL[person.role]}</span>
        <div className="small row" style={{ flexWrap: 'wrap' }}>
          {person.email && <a href={`mailto:${person.email}`}>{person.email}</a>}
          {person.phone && <a href={`tel:${person.phone}`}>{person.phone}</a>}
          {person.linkedinUrl && (
            <a href={person.linkedinUrl} target="_blank" rel="noreferrer">
              LinkedIn
            </a>
          )}
        </div>
        {otherJobs.length > 0 && (
          <div className="small muted">
            Also on:{' '}
            {otherJobs.map((j, i) => (
              <span key={j.id}>
                {i > 0 && ', '}
                <a href={`/job.html?id=${j.id}`}>
                  {j.title} — {j.company}
                </a>
              </span>
            ))}
          </div>
        )}
      </div>
      <ul className="small" aria-label={`Interactions with ${person.name}`}>
        {log.map((i) => (
          <li key={i.id}>
            {i.on} · {i.channel}
            {i.jobId && i.jobId !== jobId ? ' (another job)' : ''}: {i.summary}
          </li>
        ))}
      </ul>
      <form
        className="row small"
        onSubmit={(e) => {
          e.preventDefault();
          onLog(new FormData(e.currentTarget), e.currentTarget);
        }}
      >
        <input type="date" name="on" aria-label="Interaction date" style={{ width: 150 }} />
        <select name="channel" aria-label="Channel" style={{ width: 110 }}>
          {InteractionChannel.options.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <input name="summary" aria-label="What happened" placeholder="What happened" />
        <button type="submit">Log</button>
      </form>
      <div className="row small">
        <span style={{ flex: 1 }} />
        <button type="button" onClick={onUnlink}>
          Remove from this job
        </button>
      </div>
    </li>
  );
}

/** The interaction the log form describes (today when no date is picked). */
export function interactionFromForm(form: FormData, personId: string, jobId: string) {
  return {
    personId,
    jobId,
    on: text(form, 'on') || new Date().toISOString().slice(0, 10),
    channel: text(form, 'channel') as InteractionChannel,
    summary: text(form, 'summary'),
  };
}
