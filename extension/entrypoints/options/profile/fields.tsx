import { useEffect, useId, useState } from 'react';

interface TextProps {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'month' | 'date' | 'number';
  placeholder?: string;
  autoComplete?: string;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  placeholder,
  autoComplete,
}: TextProps) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type={type}
        value={value ?? ''}
        placeholder={placeholder}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-err`} className="small" style={{ color: 'var(--bad)' }} role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** A list of short strings edited as comma-separated text ("Backend Engineer, Platform Engineer"). */
export function ListField({
  label,
  values,
  onChange,
  placeholder,
  error,
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  error?: string;
}) {
  return (
    <TextField
      label={label}
      value={values.join(', ')}
      placeholder={placeholder}
      error={error}
      onChange={(text) =>
        onChange(
          text
            .split(',')
            .map((s) => s.trimStart())
            .filter((s, i, all) => s !== '' || i === all.length - 1),
        )
      }
    />
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | '';
  options: readonly (readonly [T, string])[];
  onChange: (value: T | '') => void;
}) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">—</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export const grid2: React.CSSProperties = { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 };

const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Date(2000, i, 1).toLocaleString('en', { month: 'long' }),
);

/**
 * A month and a year as two lists (every browser shows them alike; `type=month` is a text box in
 * some). Stored as "YYYY-MM"; a half-filled date waits on screen until both parts are chosen.
 */
export function MonthYearField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  error?: string;
}) {
  const id = useId();
  const [year = '', month = ''] = value?.split('-') ?? [];
  const [part, setPart] = useState({ year, month });
  useEffect(() => setPart({ year, month }), [year, month]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 61 }, (_, i) => String(thisYear + 1 - i));
  const pick = (next: { year: string; month: string }) => {
    setPart(next);
    if (next.year && next.month) onChange(`${next.year}-${next.month}`);
    else if (!next.year && !next.month) onChange(undefined);
  };
  return (
    <fieldset
      style={{ border: 'none', padding: 0, margin: 0 }}
      aria-describedby={error ? `${id}-err` : undefined}
    >
      <legend className="small muted">{label}</legend>
      <div className="row">
        <select
          aria-label={`${label}: month`}
          value={part.month}
          aria-invalid={error ? true : undefined}
          onChange={(e) => pick({ ...part, month: e.target.value })}
        >
          <option value="">Month</option>
          {MONTHS.map((m, i) => (
            <option key={m} value={String(i + 1).padStart(2, '0')}>
              {m}
            </option>
          ))}
        </select>
        <select
          aria-label={`${label}: year`}
          value={part.year}
          aria-invalid={error ? true : undefined}
          onChange={(e) => pick({ ...part, year: e.target.value })}
        >
          <option value="">Year</option>
          {(part.year && !years.includes(part.year) ? [part.year, ...years] : years).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <span id={`${id}-err`} className="small" style={{ color: 'var(--bad)' }} role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
