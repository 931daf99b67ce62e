import { type Education, type Experience, newId, type Profile } from '../../../../shared/domain/index.ts';
import { CheckboxRow } from '../../../lib/ui/CheckboxRow.tsx';
import { grid2, MonthYearField, TextField } from './fields.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { FieldErrors } from './useProfileDraft.ts';

interface Props {
  profile: Profile;
  update: (change: (p: Profile) => Profile) => void;
  errors: FieldErrors;
  onDeleted: (label: string, undo: () => void) => void;
}

/** Experience, education, certifications and projects. */
export function HistorySections({ profile: p, update, errors, onDeleted }: Props) {
  type ListKey = 'experience' | 'education' | 'certifications' | 'projects';
  const set =
    <K extends ListKey>(key: K) =>
    (fn: (items: Profile[K]) => Profile[K]) =>
      update((d) => ({ ...d, [key]: fn(d[key]) }));
  const err = (list: string, i: number, field: string) => errors[`${list}.${i}.${field}`];
  return (
    <>
      <ListEditor<Experience>
        title="Experience"
        items={p.experience}
        onChange={set('experience')}
        onDeleted={onDeleted}
        addLabel="Add a position"
        empty="No positions yet. Import a resume above or add them here."
        labelOf={(e) => [e.title, e.company].filter(Boolean).join(' at ')}
        create={() => ({ id: newId(), title: '', company: '', current: false, bullets: [] })}
        render={(e, change, i) => (
          <>
            <div style={grid2}>
              <TextField
                label="Title"
                value={e.title}
                error={err('experience', i, 'title')}
                onChange={(title) => change({ title })}
              />
              <TextField
                label="Company"
                value={e.company}
                error={err('experience', i, 'company')}
                onChange={(company) => change({ company })}
              />
              <MonthYearField
                label="Start"
                value={e.start}
                error={err('experience', i, 'start')}
                onChange={(start) => change({ start })}
              />
              {e.current ? (
                <p className="small muted">Current position</p>
              ) : (
                <MonthYearField
                  label="End"
                  value={e.end}
                  error={err('experience', i, 'end')}
                  onChange={(end) => change({ end })}
                />
              )}
            </div>
            <CheckboxRow checked={e.current} onChange={(current) => change({ current, end: undefined })}>
              I work here now
            </CheckboxRow>
            <label>
              What you did (one point per line)
              <textarea
                rows={4}
                value={e.bullets.join('\n')}
                onChange={(ev) => change({ bullets: ev.target.value.split('\n') })}
              />
            </label>
          </>
        )}
      />
      <ListEditor<Education>
        title="Education"
        items={p.education}
        onChange={set('education')}
        onDeleted={onDeleted}
        addLabel="Add education"
        empty="No education yet. Import a resume above or add a school here."
        labelOf={(e) => [e.degree, e.school].filter(Boolean).join(', ')}
        create={() => ({ id: newId(), school: '' })}
        render={(e, change, i) => (
          <div style={grid2}>
            <TextField
              label="School"
              value={e.school}
              error={err('education', i, 'school')}
              onChange={(school) => change({ school })}
            />
            <TextField
              label="Degree"
              value={e.degree}
              onChange={(degree) => change({ degree })}
              placeholder="BSc, MSc, PhD…"
            />
            <TextField label="Field of study" value={e.field} onChange={(field) => change({ field })} />
            <MonthYearField label="Finished" value={e.end} onChange={(end) => change({ end })} />
          </div>
        )}
      />
      <ListEditor<Profile['certifications'][number]>
        title="Certifications"
        items={p.certifications}
        onChange={set('certifications')}
        onDeleted={onDeleted}
        addLabel="Add a certification"
        empty="No certifications. Add one if a posting asks for it."
        labelOf={(c) => c.name}
        create={() => ({ id: newId(), name: '' })}
        render={(c, change, i) => (
          <div style={grid2}>
            <TextField
              label="Name"
              value={c.name}
              error={err('certifications', i, 'name')}
              onChange={(name) => change({ name })}
            />
            <TextField label="Issuer" value={c.issuer} onChange={(issuer) => change({ issuer })} />
          </div>
        )}
      />
      <ListEditor<Profile['projects'][number]>
        title="Projects"
        items={p.projects}
        onChange={set('projects')}
        onDeleted={onDeleted}
        addLabel="Add a project"
        empty="No projects. Add one to cite it in tailored resumes."
        labelOf={(x) => x.name}
        create={() => ({ id: newId(), name: '', skills: [] })}
        render={(x, change, i) => (
          <div style={grid2}>
            <TextField
              label="Name"
              value={x.name}
              error={err('projects', i, 'name')}
              onChange={(name) => change({ name })}
            />
            <TextField
              label="Link"
              type="url"
              value={x.url}
              error={err('projects', i, 'url')}
              onChange={(url) => change({ url })}
            />
            <TextField
              label="What it is"
              value={x.description}
              onChange={(description) => change({ description })}
            />
          </div>
        )}
      />
    </>
  );
}
