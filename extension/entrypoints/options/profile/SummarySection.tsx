import { useId } from 'react';
import { Fold } from './Fold.tsx';

const LIMIT = 4000;

/**
 * The person's own summary: what their work is about and what they are after, as a resume's Summary
 * or Objective says it. Matching reads what the work is about from it (what it turns down does not
 * count), so it says so beside the box.
 */
export function SummarySection({
  summary,
  onChange,
  error,
}: {
  summary: string | undefined;
  onChange: (summary: string | undefined) => void;
  error?: string;
}) {
  const id = useId();
  const length = summary?.length ?? 0;
  return (
    <Fold title="Summary">
      <label htmlFor={id}>
        In your own words: your work and what you are looking for
        <textarea
          id={id}
          rows={4}
          maxLength={LIMIT}
          value={summary ?? ''}
          placeholder="Backend engineer with 7 years in payments. Looking for a senior role on a platform team; not looking for management."
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(e.target.value.trim() ? e.target.value : undefined)}
        />
      </label>
      <span id={`${id}-help`} className="small muted">
        Matching reads what your work is about from this; what you say you are not looking for is left out.{' '}
        {length > LIMIT * 0.9 && `${length} of ${LIMIT} characters.`}
      </span>
      {error && (
        <span className="small" style={{ color: 'var(--bad)' }} role="alert">
          {error}
        </span>
      )}
    </Fold>
  );
}
