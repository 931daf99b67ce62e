import { useState } from 'react';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { saveFile } from '../../lib/ui/save-file.ts';
import { FileImportInput, type ImportStatus, ImportStatusLine } from './FileImport.tsx';

/** Export all local data to a JSON file and import it back. A bad file changes nothing. */
export function DataSection() {
  const [status, setStatus] = useState<ImportStatus>(null);

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
        <FileImportInput
          label="Import a file"
          accept="application/json,.json"
          testId="import-file"
          onFile={importData}
        />
      </div>
      <ImportStatusLine status={status} />
    </section>
  );
}
