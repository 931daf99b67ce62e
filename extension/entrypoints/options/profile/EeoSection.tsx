import type { Profile } from '../../../../shared/domain/index.ts';
import { Fold } from './Fold.tsx';
import { grid2, TextField } from './fields.tsx';

/**
 * Voluntary self-identification. Autofill answers these questions only with what is written here;
 * left empty, the question is left for you on each form.
 */
export function EeoSection({
  eeo,
  onChange,
}: {
  eeo: Profile['eeo'];
  onChange: (eeo: Profile['eeo']) => void;
}) {
  const set = (k: keyof Profile['eeo'], v: string) => onChange({ ...eeo, [k]: v });
  return (
    <Fold title="Voluntary self-identification">
      <p className="muted small">
        Optional. Autofill uses an answer here only if you write one (for example "Decline to self-identify");
        otherwise these questions are always left to you.
      </p>
      <div style={grid2}>
        <TextField label="Gender" value={eeo.gender} onChange={(v) => set('gender', v)} />
        <TextField label="Race / ethnicity" value={eeo.race} onChange={(v) => set('race', v)} />
        <TextField
          label="Veteran status"
          value={eeo.veteranStatus}
          onChange={(v) => set('veteranStatus', v)}
        />
        <TextField
          label="Disability status"
          value={eeo.disabilityStatus}
          onChange={(v) => set('disabilityStatus', v)}
        />
      </div>
    </Fold>
  );
}
