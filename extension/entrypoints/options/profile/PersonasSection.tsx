import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MATCH_FACTORS, type MatchFactor, type Persona } from '../../../../shared/domain/index.ts';
import { WEIGHT_PRESETS } from '../../../../shared/match/weights.ts';
import { db } from '../../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../../lib/messaging.ts';
import { newPersona } from '../../../lib/services/profile.ts';
import { ListField } from './fields.tsx';

const FACTOR_LABELS: Record<MatchFactor, string> = {
  skills: 'Skills',
  salary: 'Salary',
  remote: 'Remote / on-site',
  location: 'Location',
  industry: 'Industry',
  title: 'Title & seniority',
  experience: 'Years of experience',
  education: 'Education',
};

interface Props {
  onDeleted: (label: string, undo: () => void) => void;
  onError: (message: string) => void;
}

/** Targeting personas ("Backend", "Data"): titles, resume and match weights each. One is active. */
export function PersonasSection({ onDeleted, onError }: Props) {
  const personas = useLiveQuery(() => db().personas.toArray(), []);
  const resumes = useLiveQuery(() => db().documents.where('kind').equals('resume').toArray(), []);
  const [name, setName] = useState('');
  const save = (p: Persona) => bg.sendMessage('savePersona', p).catch((e: Error) => onError(e.message));

  return (
    <section className="card stack" aria-labelledby="personas-h">
      <h2 id="personas-h">Personas</h2>
      <p className="muted small">
        A persona is one way you present yourself (say "Backend" and "Data"): its own target titles, resume
        and what matters most in a match. The active one scores every job.
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const wanted = name.trim();
          if (!wanted) return;
          // Cleared now, not when the save returns: a name typed meanwhile must not be wiped.
          setName('');
          void bg.sendMessage('savePersona', newPersona(wanted)).catch((err: Error) => {
            setName((typed) => typed || wanted);
            onError(err.message);
          });
        }}
      >
        <input
          aria-label="New persona name"
          value={name}
          placeholder="e.g. Backend"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">Add persona</button>
      </form>
      {personas?.length === 0 && (
        <p className="muted small">No personas yet: matching uses the default weights.</p>
      )}
      {personas?.map((p) => (
        <fieldset key={p.id} className="card stack" aria-label={`Persona ${p.name}`}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <label className="row" style={{ color: 'inherit' }}>
              <input
                type="radio"
                name="active-persona"
                style={{ width: 'auto' }}
                checked={p.active}
                onChange={() => void save({ ...p, active: true })}
              />
              <strong>{p.name}</strong> {p.active && <span className="stage">active</span>}
            </label>
            <button
              type="button"
              onClick={() =>
                void bg
                  .sendMessage('deletePersona', { id: p.id })
                  .then(({ trashId }) =>
                    onDeleted(`persona ${p.name}`, () => void bg.sendMessage('restorePersona', { trashId })),
                  )
              }
            >
              Delete
            </button>
          </div>
          <ListField
            label="Target titles"
            values={p.targetTitles}
            onChange={(targetTitles) => void save({ ...p, targetTitles })}
          />
          <label>
            What matters most (preset)
            <select
              value=""
              onChange={(e) => {
                const preset = WEIGHT_PRESETS[e.target.value];
                if (preset) void save({ ...p, weights: { ...preset } });
              }}
            >
              <option value="">Choose a preset, or tune below…</option>
              {Object.keys(WEIGHT_PRESETS).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Resume for this persona
            <select
              value={p.resumeDocumentId ?? ''}
              onChange={(e) => void save({ ...p, resumeDocumentId: e.target.value || null })}
            >
              <option value="">None chosen</option>
              {resumes?.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.fileName}
                </option>
              ))}
            </select>
          </label>
          <div className="stack">
            {MATCH_FACTORS.map((f) => (
              <label key={f} className="row" style={{ color: 'inherit' }}>
                <span style={{ width: 160 }}>{FACTOR_LABELS[f]}</span>
                <input
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={Math.round((p.weights[f] ?? 0) * 100)}
                  aria-label={`${FACTOR_LABELS[f]} weight`}
                  onChange={(e) =>
                    void save({ ...p, weights: { ...p.weights, [f]: Number(e.target.value) / 100 } })
                  }
                />
                <span className="small muted" style={{ width: 40 }}>
                  {Math.round((p.weights[f] ?? 0) * 100)}%
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
