import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { describeFieldValue } from '../../shared/sync/profile-diff.ts';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { listReplaced } from '../lib/sync/replaced-profile.ts';

/**
 * Account tab: profile values this device lost to a later edit on another device, with "Keep mine" (saved as a
 * new edit through the background, so it syncs and wins) and "Dismiss". Hidden when there are none.
 */
export function ReplacedProfileFields() {
  const entries = useLiveQuery(() => listReplaced(db()), []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (!entries?.length) return null;
  const act = async (id: string, type: 'keepReplacedField' | 'dismissReplacedField') => {
    setBusy(id);
    setError(null);
    try {
      await bg.sendMessage(type, { id });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="notice stack" aria-labelledby="replaced-heading" data-testid="replaced-fields">
      <h3 id="replaced-heading" className="small">
        Replaced by a later edit on another device
      </h3>
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <li key={entry.id} className="stack small">
            <span>
              Replaced on {new Date(entry.replacedAt).toLocaleString()}: <strong>{entry.label}</strong> —
              yours {describeFieldValue(entry.mine)}, now {describeFieldValue(entry.theirs)}
            </span>
            <span className="row">
              <button
                type="button"
                disabled={busy === entry.id}
                aria-label={`Keep mine: ${entry.label} ${describeFieldValue(entry.mine)}`}
                onClick={() => void act(entry.id, 'keepReplacedField')}
              >
                Keep mine
              </button>
              <button
                type="button"
                disabled={busy === entry.id}
                aria-label={`Dismiss: ${entry.label}`}
                onClick={() => void act(entry.id, 'dismissReplacedField')}
              >
                Dismiss
              </button>
            </span>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
