import { STAGE_LABELS, STAGES } from '../../shared/domain/index.ts';
import { useStageCounts } from '../lib/ui/hooks.ts';

/** Count per pipeline stage, every stage shown, straight from the database. */
export function StageCounts() {
  const counts = useStageCounts();
  return (
    <ul className="counts" aria-label="Jobs per stage" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {STAGES.map((stage) => (
        <li key={stage} className="count" data-stage={stage}>
          <span>{STAGE_LABELS[stage]}</span>
          <strong data-testid={`count-${stage}`}>{counts ? counts[stage] : '…'}</strong>
        </li>
      ))}
    </ul>
  );
}
