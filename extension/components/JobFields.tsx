import { parseLocations } from '../../shared/capture/normalize/location.ts';
import { parseSalary } from '../../shared/capture/normalize/salary.ts';
import {
  type EmploymentType,
  type Job,
  LOW_CONFIDENCE,
  type PostingFields,
  type Provenance,
  type WorkType,
} from '../../shared/domain/index.ts';
import { formatSalary } from './format.ts';

interface Props {
  job: Pick<
    Job,
    'title' | 'company' | 'locations' | 'salary' | 'workType' | 'employmentType' | 'provenance' | 'gaps'
  >;
  /** Called with the one field the user changed; the caller saves it as the user's own value. */
  onEdit: (patch: Partial<PostingFields>) => void;
}

const WORK_TYPES: [WorkType, string][] = [
  ['remote', 'Remote'],
  ['hybrid', 'Hybrid'],
  ['onsite', 'On-site'],
];
const EMPLOYMENT: [EmploymentType, string][] = [
  ['full_time', 'Full-time'],
  ['part_time', 'Part-time'],
  ['contract', 'Contract'],
  ['internship', 'Internship'],
  ['temporary', 'Temporary'],
];

/** Where a value came from, and a warning when it is a guess the user should check. */
function Source({ p, missing }: { p: Provenance | undefined; missing: boolean }) {
  if (missing) return <span style={{ color: 'var(--warn)' }}> · not found, add it</span>;
  if (!p) return null;
  const low = p.confidence < LOW_CONFIDENCE;
  return (
    <span style={low ? { color: 'var(--warn)' } : undefined}>
      {' '}
      · {p.source === 'user' ? 'your edit' : `from ${p.source}`}
      {low ? ', check this' : ''}
    </span>
  );
}

/** The captured fields, each editable and labelled with its source; low-confidence ones are marked. */
export function JobFields({ job, onEdit }: Props) {
  const row = (key: string, label: string, control: React.ReactNode) => {
    const p = job.provenance[key];
    const missing = job.gaps.includes(key);
    const low = missing || (p !== undefined && p.confidence < LOW_CONFIDENCE);
    return (
      // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed in as a child
      <label className={low ? 'low-confidence' : undefined} data-field={key}>
        <span>
          {label}
          <Source p={p} missing={missing} />
        </span>
        {control}
      </label>
    );
  };
  const text = (value: string, commit: (v: string) => void) => (
    <input
      defaultValue={value}
      key={value}
      onBlur={(e) => e.target.value.trim() !== value && commit(e.target.value.trim())}
    />
  );
  const locationText = job.locations?.map((l) => l.raw).join('; ') ?? '';
  const salaryText = job.salary ? formatSalary(job.salary) : '';
  return (
    <div className="stack">
      {row(
        'title',
        'Title',
        text(job.title, (title) => title && onEdit({ title })),
      )}
      {row(
        'company',
        'Company',
        text(job.company, (company) => company && onEdit({ company })),
      )}
      {row(
        'locations',
        'Location',
        text(locationText, (v) => onEdit({ locations: parseLocations(v.replace(/;/g, '\n')) })),
      )}
      {row(
        'salary',
        'Salary',
        text(salaryText, (v) => {
          const salary = parseSalary(v, { minScore: 0 });
          if (salary) onEdit({ salary });
        }),
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        {row(
          'workType',
          'Remote',
          <select
            value={job.workType ?? ''}
            onChange={(e) => onEdit({ workType: (e.target.value || null) as WorkType | null })}
          >
            <option value="">Not stated</option>
            {WORK_TYPES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>,
        )}
        {row(
          'employmentType',
          'Type',
          <select
            value={job.employmentType ?? ''}
            onChange={(e) => onEdit({ employmentType: (e.target.value || null) as EmploymentType | null })}
          >
            <option value="">Not stated</option>
            {EMPLOYMENT.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>,
        )}
      </div>
    </div>
  );
}
