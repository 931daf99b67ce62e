import { useState } from 'react';
import type { Profile, Skill } from '../../../../shared/domain/index.ts';
import { Fold } from './Fold.tsx';

interface Props {
  skills: Skill[];
  /** Receives an updater, so an undo applies to the list as it is then. */
  onChange: (update: (skills: Profile['skills']) => Profile['skills']) => void;
  onDeleted: (label: string, undo: () => void) => void;
}

const LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;

/** Skills with proficiency, years and where each came from (resume, typed in, inferred). */
export function SkillsSection({ skills, onChange, onDeleted }: Props) {
  const [name, setName] = useState('');
  const add = () => {
    const clean = name.trim();
    if (!clean || skills.some((s) => s.name.toLowerCase() === clean.toLowerCase())) return setName('');
    onChange((list) => [...list, { name: clean, source: 'input' }]);
    setName('');
  };
  const change = (name: string, patch: Partial<Skill>) =>
    onChange((list) => list.map((s) => (s.name === name ? { ...s, ...patch } : s)));
  return (
    <Fold title="Skills" count={skills.length}>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          aria-label="New skill"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. PostgreSQL"
        />
        <button type="submit">Add skill</button>
      </form>
      {skills.length === 0 && (
        <p className="muted small">
          No skills yet. They drive the match score: import a resume above or type one in.
        </p>
      )}
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Your skills">
        {skills.map((s, i) => (
          <li key={s.name} className="row">
            <strong style={{ flex: 2 }}>{s.name}</strong>
            <select
              aria-label={`${s.name} proficiency`}
              value={s.proficiency ?? ''}
              style={{ flex: 1 }}
              onChange={(e) =>
                change(s.name, { proficiency: (e.target.value || undefined) as Skill['proficiency'] })
              }
            >
              <option value="">Level…</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            <input
              aria-label={`${s.name} years`}
              type="number"
              min={0}
              max={60}
              placeholder="Years"
              style={{ flex: 1 }}
              value={s.years ?? ''}
              onChange={(e) =>
                change(s.name, { years: e.target.value === '' ? undefined : Number(e.target.value) })
              }
            />
            <span className="small muted" style={{ flex: 1 }}>
              {s.source === 'input' ? 'typed in' : `from ${s.source}`}
            </span>
            <button
              type="button"
              aria-label={`Remove ${s.name}`}
              onClick={() => {
                onChange((list) => list.filter((x) => x.name !== s.name));
                onDeleted(s.name, () =>
                  onChange((list) =>
                    list.some((x) => x.name === s.name) ? list : [...list.slice(0, i), s, ...list.slice(i)],
                  ),
                );
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </Fold>
  );
}
