import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Profile, Profile as ProfileSchema } from '../../../../shared/domain/index.ts';
import { db } from '../../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../../lib/messaging.ts';
import { emptyProfile } from '../../../lib/services/profile.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';
export type FieldErrors = Record<string, string>;

const AUTOSAVE_MS = 600;

/**
 * The profile being edited: a local draft, validated on every change and saved automatically
 * once it is valid and the user pauses. An invalid draft stays on screen (nothing is lost) with
 * its errors next to the fields, and is saved as soon as it is fixed.
 */
export function useProfileDraft() {
  const stored = useLiveQuery(async () => (await db().profiles.toCollection().first()) ?? null, []);
  const [draft, setDraft] = useState<Profile | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);

  // Adopt the stored profile until the user starts typing (and again after each save).
  useEffect(() => {
    if (stored === undefined || dirty.current) return;
    setDraft(stored ?? emptyProfile());
  }, [stored]);

  const save = useCallback(async (next: Profile) => {
    setStatus('saving');
    try {
      await bg.sendMessage('saveProfile', next);
      dirty.current = false;
      setStatus('saved');
      setMessage(null);
    } catch (e) {
      setStatus('error');
      setMessage(`Not saved: ${(e as Error).message}`);
    }
  }, []);

  const update = useCallback(
    (change: (p: Profile) => Profile) => {
      setDraft((current) => {
        if (!current) return current;
        const next = change(current);
        dirty.current = true;
        const result = ProfileSchema.safeParse(next);
        const found: FieldErrors = {};
        if (!result.success) for (const i of result.error.issues) found[i.path.join('.')] ??= i.message;
        setErrors(found);
        clearTimeout(timer.current);
        if (result.success) {
          setStatus('pending');
          timer.current = setTimeout(() => void save(next), AUTOSAVE_MS);
        } else {
          setStatus('invalid');
        }
        return next;
      });
    },
    [save],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { draft, update, errors, status, message };
}
