import { useRef, useState } from 'react';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { saveFile } from '../../lib/ui/save-file.ts';

/** Export all local data to a JSON file and import it back. A bad file changes nothing. */
export function DataSection() {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const exportData = async () => {
    const json = await bg.sendMessage('exportData', undefined);
    saveFile(json, 'application/json', `jobraker-export-${new Date().toISOString().slice(0, 10)}.json`);
    setStatus({
      kind: 'ok',
      text: 'Exported. Keep the file somewhere safe: it holds your profile, pipeline, notes, interviews, offers and contacts.',
    });
  };

  const importData = async (file: File) => {
    try {
      const summary = await bg.sendMessage('importData', { text: await file.text() });
      setStatus({
        kind: 'ok',
        text: `Imported ${summary.jobs} job${summary.jobs === 1 ? '' : 's'} (${summary.total} records in all).`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <section className="card stack" aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p className="muted">Everything lives in this browser unless you sign in and turn on sync.</p>
      <div className="row">
        <button type="button" onClick={() => void exportData()}>
          Export data
        </button>
        <label className="row" style={{ display: 'inline-flex' }}>
          <span className="muted">Import a file</span>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => e.target.files?.[0] && void importData(e.target.files[0])}
          />
        </label>
      </div>
      {status && (
        <div className={`notice ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </div>
      )}
    </section>
  );
}
