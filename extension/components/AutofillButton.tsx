import { useState } from 'react';
import { backgroundMessenger as bg } from '../lib/messaging.ts';

/** "Autofill this page" for the popup: fill, then say what happened ("18 filled, 3 need you"). */
export function AutofillButton() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const r = await bg.sendMessage('autofillTab', { mode: 'run' });
      setResult({ ok: r.ok, text: r.message });
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" onClick={() => void run()} disabled={busy} aria-keyshortcuts="Alt+Shift+F">
        {busy ? 'Filling…' : 'Autofill this page'}
      </button>
      {result && (
        <div className={`notice ${result.ok ? 'ok' : 'error'}`} role="status" data-testid="autofill-result">
          {result.text}
          {result.ok && (
            <button
              type="button"
              style={{ marginLeft: 8 }}
              onClick={() => void bg.sendMessage('autofillTab', { mode: 'undo' }).then(() => setResult(null))}
            >
              Undo
            </button>
          )}
        </div>
      )}
    </div>
  );
}
