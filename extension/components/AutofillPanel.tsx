import { useState } from 'react';
import type { AutofillReport } from '../lib/background/autofill-tab.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';

const STATUS_TEXT = { fill: 'Will fill', 'needs-you': 'Needs you', skip: 'Skipped' } as const;

/** Autofill for the form in the current tab: preview every field, fill, undo. Never submits. */
export function AutofillPanel() {
  const [report, setReport] = useState<AutofillReport | null>(null);
  const [done, setDone] = useState<'preview' | 'run' | 'undo' | null>(null);
  const [busy, setBusy] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const run = async (mode: 'preview' | 'run' | 'undo') => {
    setBusy(true);
    try {
      setReport(await bg.sendMessage('autofillTab', { mode, overwrite }));
      setDone(mode);
    } catch (e) {
      setReport({
        ok: false,
        message: (e as Error).message,
        frames: [],
        summary: { filled: 0, needYou: 0, failed: 0, text: '' },
      });
    } finally {
      setBusy(false);
    }
  };
  const fields =
    report?.frames.flatMap((f) => f.fields.map((field) => ({ ...field, frameId: f.frameId }))) ?? [];
  const problems = report?.frames.flatMap((f) => f.problems) ?? [];
  return (
    <section className="stack" aria-label="Autofill">
      <p className="muted small">
        Fills the application form in the current tab from your profile. You review it and press submit
        yourself.
      </p>
      <label className="row" style={{ color: 'inherit' }}>
        <input
          type="checkbox"
          style={{ width: 'auto' }}
          checked={overwrite}
          onChange={(e) => setOverwrite(e.target.checked)}
        />
        Replace values already in the form
      </label>
      <div className="row">
        <button type="button" onClick={() => void run('preview')} disabled={busy}>
          Preview
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void run('run')}
          disabled={busy}
          aria-keyshortcuts="Alt+Shift+F"
        >
          {busy ? 'Working…' : 'Autofill'}
        </button>
        <button type="button" onClick={() => void run('undo')} disabled={busy || done !== 'run'}>
          Undo fill
        </button>
      </div>
      {report && (
        <div className={`notice ${report.ok ? 'ok' : 'error'}`} role="status" data-testid="autofill-summary">
          {report.message}
        </div>
      )}
      {problems.length > 0 && (
        <ul className="notice warn small" aria-label="Problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {fields.length > 0 && done !== 'undo' && (
        <table className="small" style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Fields">
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>Field</th>
              <th>Value</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr
                key={`${f.frameId}-${f.ref}`}
                data-status={f.status}
                style={{ borderTop: '1px solid var(--line)', verticalAlign: 'top' }}
              >
                <td>
                  {f.label || f.type}
                  <div className="muted">{STATUS_TEXT[f.status]}</div>
                </td>
                <td>{f.value || '—'}</td>
                <td className="muted">
                  {f.reason} ({Math.round(f.confidence * 100)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
