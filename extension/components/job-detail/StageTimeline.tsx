import { useLiveQuery } from 'dexie-react-hooks';
import { STAGE_LABELS, type StageCause } from '../../../shared/domain/index.ts';
import { db } from '../../lib/db/database.ts';

const CAUSE: Record<StageCause, string> = {
  capture: 'saved from the posting',
  user: 'moved by you',
  undo: 'undone',
  autofill: 'after you submitted the form',
  sync: 'from another device',
  skyvern: 'submitted by Skyvern',
};

/** Every stage move of the job, oldest first, from the stage history. */
export function StageTimeline({ jobId }: { jobId: string }) {
  const events = useLiveQuery(() => db().stageEvents.where('jobId').equals(jobId).sortBy('at'), [jobId]);
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      {events?.length === 0 && <p className="muted">No stage moves yet.</p>}
      <ol className="timeline" aria-label="Stage timeline">
        {events?.map((e) => (
          <li key={e.id}>
            <strong>{e.from ? `${STAGE_LABELS[e.from]} → ${STAGE_LABELS[e.to]}` : STAGE_LABELS[e.to]}</strong>{' '}
            <span className="muted small">
              {new Date(e.at).toLocaleString()} · {CAUSE[e.cause]}
            </span>
            {e.note && <div className="small">{e.note}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
