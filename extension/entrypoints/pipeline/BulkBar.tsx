import type { Stage } from '../../../shared/domain/stages.ts';
import { StageOptions } from '../../components/StageOptions.tsx';

interface Props {
  count: number;
  archivedView: boolean;
  onMove: (to: Stage) => void;
  onArchive: () => void;
  onDelete: () => void;
  onClear: () => void;
}

/** Actions over the selected jobs; each one offers Undo when it is done. */
export function BulkBar({ count, archivedView, onMove, onArchive, onDelete, onClear }: Props) {
  return (
    <section className="bulk-bar" aria-label="Selected jobs" data-testid="bulk-bar">
      <strong>{count} selected</strong>
      <label className="inline">
        Move selected to
        <select
          value=""
          onChange={(e) => {
            if (e.target.value) onMove(e.target.value as Stage);
          }}
        >
          <option value="">Choose a stage…</option>
          <StageOptions />
        </select>
      </label>
      <button type="button" onClick={onArchive}>
        {archivedView ? 'Unarchive' : 'Archive'}
      </button>
      <button type="button" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
