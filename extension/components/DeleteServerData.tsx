import { useState } from 'react';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { describeDeletion } from '../lib/services/server-data.ts';
import { CheckboxRow } from '../lib/ui/CheckboxRow.tsx';

/** Account tab: delete everything this account holds on the server, after an explicit confirmation. */
export function DeleteServerData({ userId, onDone }: { userId: string | null; onDone: () => void }) {
  const [asking, setAsking] = useState(false);
  const [wipeLocal, setWipeLocal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const confirm = async () => {
    setBusy(true);
    setResult(null);
    try {
      const report = await bg.sendMessage('deleteServerData', { wipeLocal });
      setResult({ ok: true, text: `${describeDeletion(report)} Sync is now off.` });
      setAsking(false);
    } catch (error) {
      setResult({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
      onDone();
    }
  };

  return (
    <div className="stack">
      {!asking && (
        <button type="button" onClick={() => setAsking(true)}>
          Delete my data on the server…
        </button>
      )}
      {asking && (
        <fieldset className="notice" aria-label="Confirm deleting server data">
          <p className="small">
            This deletes every job, profile entry, document, note, application and stored file of{' '}
            {userId ?? 'this account'} on the server, for every device. It cannot be undone. This browser
            keeps its copy unless you tick below.
          </p>
          <CheckboxRow checked={wipeLocal} onChange={setWipeLocal}>
            Also delete the data in this browser (and sign out)
          </CheckboxRow>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
              {busy ? 'Deleting…' : 'Delete everything on the server'}
            </button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {result && (
        <p
          className={`small ${result.ok ? '' : 'error'}`}
          role={result.ok ? 'status' : 'alert'}
          data-testid="delete-result"
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
