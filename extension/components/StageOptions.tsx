import { STAGE_LABELS, STAGES, type Stage } from '../../shared/domain/stages.ts';

/** One `<option>` per stage (every stage, in pipeline order, unless given), labelled as everywhere else. */
export function StageOptions({ stages = STAGES }: { stages?: readonly Stage[] }) {
  return (
    <>
      {stages.map((s) => (
        <option key={s} value={s}>
          {STAGE_LABELS[s]}
        </option>
      ))}
    </>
  );
}
