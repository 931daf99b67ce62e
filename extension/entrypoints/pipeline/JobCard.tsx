import type { PipelineItem } from '../../../shared/pipeline/items.ts';

export const jobPageUrl = (jobId: string): string => `job.html?id=${encodeURIComponent(jobId)}`;

interface Props {
  item: PipelineItem;
  selected: boolean;
  onSelect: (jobId: string, on: boolean) => void;
  /** Whether this card is the one lifted by the keyboard. */
  lifted: boolean;
  onKeyDown: (e: React.KeyboardEvent<HTMLButtonElement>, item: PipelineItem) => void;
  onDragStart: (item: PipelineItem) => void;
  onDragEnd: () => void;
}

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);
/** "Dec 18" for a YYYY-MM-DD deadline (a calendar day: no time zone shift). */
const shortDay = (day: string) =>
  new Date(`${day}T00:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** One job on the board: title (opens its page), company, score, excitement, deadline, and a select box. */
export function JobCard({ item, selected, onSelect, lifted, onKeyDown, onDragStart, onDragEnd }: Props) {
  const { job } = item;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a larger target for the mouse; keyboard users open the job by its title link.
    <li
      className={`job-card${lifted ? ' lifted' : ''}${selected ? ' selected' : ''}`}
      data-testid="board-card"
      data-job-id={job.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', job.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart(item);
      }}
      onDragEnd={onDragEnd}
      onClick={(e) => {
        // A click on the card body opens the job; its own controls keep their meaning.
        if ((e.target as HTMLElement).closest('a, input, button, label')) return;
        window.location.assign(jobPageUrl(job.id));
      }}
    >
      <div className="card-top">
        {/* The keyboard handle of a move: Space picks the card up (see Board). */}
        <button
          type="button"
          className="handle"
          aria-label={`Move ${job.title}`}
          aria-describedby="move-help"
          aria-pressed={lifted}
          onKeyDown={(e) => onKeyDown(e, item)}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <a href={jobPageUrl(job.id)} className="card-title">
          {job.title}
        </a>
        {item.score !== null && (
          <span className="chip" title="Match score" data-testid="card-score">
            {item.score}
          </span>
        )}
      </div>
      <div className="muted small">{job.company || 'Company unknown'}</div>
      {job.tags?.length ? (
        <ul className="card-tags" aria-label="Tags">
          {job.tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="card-meta small">
        {job.excitement ? (
          <span className="stars" role="img" aria-label={`Excitement ${job.excitement} of 5`}>
            {stars(job.excitement)}
          </span>
        ) : null}
        {job.deadline && (
          <time dateTime={job.deadline} data-testid="card-deadline">
            Due {shortDay(job.deadline)}
          </time>
        )}
        <label className="card-select">
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(job.id, e.target.checked)} />
          <span className="visually-hidden">Select {job.title}</span>
        </label>
      </div>
    </li>
  );
}
