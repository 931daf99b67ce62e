import { useId } from 'react';

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
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
}) {
  return (
    <TextField
      label={label}
      value={values.join(', ')}
      placeholder={placeholder}
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
