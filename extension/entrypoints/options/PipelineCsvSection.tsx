import { useState } from 'react';
import { STAGE_LABELS } from '../../../shared/domain/index.ts';
import { CSV_LIMITS, describeSize } from '../../../shared/pipeline-csv/csv-rules.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import type { CsvImportPreview } from '../../lib/services/pipeline-csv.ts';
import { saveFile } from '../../lib/ui/save-file.ts';
import { FileImportInput, type ImportStatus, ImportStatusLine } from './FileImport.tsx';

const STATUS_WORDS = { new: 'New', duplicate: 'Already saved', error: 'Error' } as const;

/** Pipeline as CSV: export every job; import a Huntr or Teal export after a preview (nothing saved before Import). */
export function PipelineCsvSection() {
  const [status, setStatus] = useState<ImportStatus>(null);
  const [preview, setPreview] = useState<{ text: string; name: string; result: CsvImportPreview } | null>(
    null,
  );

  const exportCsv = async () => {
    const csv = await bg.sendMessage('exportPipelineCsv', undefined);
    saveFile(csv, 'text/csv;charset=utf-8', `jobraker-pipeline-${new Date().toISOString().slice(0, 10)}.csv`);
    setStatus({ kind: 'ok', text: 'Exported your pipeline as CSV.' });
  };

  const choose = async (file: File) => {
    setPreview(null);
    setStatus(null);
    try {
      // A huge file is refused before it is read into memory.
      if (file.size > CSV_LIMITS.bytes)
        throw new Error(
          `This file is ${describeSize(file.size)}; a Huntr or Teal export is at most ${describeSize(CSV_LIMITS.bytes)}. Check it is the right file.`,
        );
      const text = await file.text();
      const result = await bg.sendMessage('previewCsvImport', { text });
      setPreview({ text, name: file.name, result });
    } catch (e) {
      setStatus({ kind: 'error', text: `${file.name}: ${(e as Error).message} Nothing was imported.` });
    }
  };

  const confirm = async () => {
    if (!preview) return;
    try {
      const r = await bg.sendMessage('confirmCsvImport', { text: preview.text });
      setPreview(null);
      setStatus({
        kind: 'ok',
        text: `Imported ${r.imported} job${r.imported === 1 ? '' : 's'} from ${preview.result.source}; skipped ${r.duplicates} already saved and ${r.errors} with errors.`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: `${(e as Error).message} Nothing was imported.` });
    }
  };

  const counts = preview?.result.counts;
  return (
    <section className="card stack" aria-labelledby="pipeline-csv-h">
      <h2 id="pipeline-csv-h">Pipeline as CSV</h2>
      <p className="muted">Export your jobs for a spreadsheet, or bring in your board from Huntr or Teal.</p>
      <div className="row">
        <button type="button" onClick={() => void exportCsv()}>
          Export pipeline (CSV)
        </button>
        <FileImportInput
          label="Import from Huntr or Teal (CSV)"
          accept=".csv,text/csv"
          testId="csv-import-file"
          onFile={choose}
        />
      </div>
      {preview && counts && (
        <div className="stack" data-testid="csv-preview">
          <p role="status">
            {preview.name} is a {preview.result.source} export: {counts.new} new, {counts.duplicate} already
            saved, {counts.error} with errors. Nothing is saved until you press Import.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Job</th>
                <th scope="col">Company</th>
                <th scope="col">Stage</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {preview.result.rows.map((r) => (
                <tr key={r.line} data-testid="csv-preview-row" data-status={r.status}>
                  <td>{r.line}</td>
                  <td>{r.title}</td>
                  <td>{r.company}</td>
                  <td>{r.stage ? STAGE_LABELS[r.stage] : ''}</td>
                  <td>
                    {STATUS_WORDS[r.status]}
                    {r.message && `: ${r.message}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <button type="button" disabled={counts.new === 0} onClick={() => void confirm()}>
              Import {counts.new} job{counts.new === 1 ? '' : 's'}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ImportStatusLine status={status} />
    </section>
  );
}
