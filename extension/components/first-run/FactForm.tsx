import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Profile, Profile as ProfileSchema } from '../../../shared/domain/index.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { emptyProfile } from '../../lib/services/profile.ts';

/**
 * Applies one fact's change to the profile as stored now (not as it was when the form opened, so an
 * import meanwhile is kept) and saves it through the message the options page uses. Like the options
 * page, it checks the schema first, so a refusal reads as the schema's own words, not a field path.
 */
export async function saveToProfile(change: (stored: Profile) => Profile): Promise<void> {
  const stored = (await db().profiles.toCollection().first()) ?? emptyProfile();
  const next = change(stored);
  const checked = ProfileSchema.safeParse(next);
  if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'the profile is not valid');
  await bg.sendMessage('saveProfile', next);
}

interface Props {
  /** "Location": names the form and its buttons. */
  label: string;
  /** Saves; a throw keeps the form open with what was typed and shows the reason. */
  onSave: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

/** A small inline form for one key fact: Save, Cancel, Escape; the first field takes focus. */
export function FactForm({ label, onSave, onClose, children }: Props) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select')?.focus(), []);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave();
      onClose();
    } catch (e) {
      setError(`Not saved: ${(e as Error).message}`);
      setSaving(false);
    }
  };
  return (
    <form
      ref={form}
      className="stack card"
      aria-label={`Edit ${label.toLowerCase()}`}
      aria-describedby={error ? `${id}-err` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        // A picker closing its list marks the Escape as handled; any other Escape cancels the form.
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      {children}
      {error && (
        <p id={`${id}-err`} role="alert" className="small" style={{ margin: 0, color: 'var(--bad)' }}>
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
