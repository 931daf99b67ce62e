import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { useState } from 'react';
import { bytesToBase64 } from '../../../../shared/domain/base64.ts';
import { extractResumeText } from '../../../../shared/resume/extract-text.ts';
import { describeImport } from '../../../../shared/resume/import-summary.ts';
import { parseResumeText, type ResumeDraft } from '../../../../shared/resume/parse.ts';
import { backgroundMessenger as bg } from '../../../lib/messaging.ts';
import { ErrorLine } from '../../../lib/ui/ErrorLine.tsx';

interface Pending {
  text: string;
  draft: ResumeDraft;
  file: { name: string; type: string; base64: string } | null;
}

/**
 * Resume import: a PDF, DOCX or text file (or pasted text) becomes a draft shown beside its source.
 * Nothing reaches the profile until the user accepts it, and a file that can't be read gets a
 * message naming the problem, never an invented profile.
 */
export function ResumeImport({ onImported }: { onImported: (message: string) => void }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [paste, setPaste] = useState('');

  const readFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { text } = await extractResumeText(bytes, {
        fileName: file.name,
        mimeType: file.type,
        pdfWorkerSrc: pdfWorkerUrl,
      });
      setPending({
        text,
        draft: parseResumeText(text),
        file: {
          name: file.name,
          type: file.type || 'application/octet-stream',
          base64: bytesToBase64(bytes),
        },
      });
    } catch (e) {
      setError(`${file.name}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      // The background merges into the profile as stored (it is the only writer).
      const { summary, keptFile } = await bg.sendMessage('importResume', {
        draft: pending.draft,
        file: pending.file
          ? {
              fileName: pending.file.name,
              mimeType: pending.file.type,
              base64: pending.file.base64,
              text: pending.text,
            }
          : null,
      });
      onImported(describeImport(summary, keptFile));
      setPending(null);
      setPaste('');
    } catch (e) {
      setError(`Not imported: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="import-h">
      <h2 id="import-h">Import your resume</h2>
      <div className="row">
        <label style={{ flex: 1 }}>
          PDF, DOCX or text file
          <input
            type="file"
            accept=".pdf,.docx,.txt,application/pdf"
            disabled={busy}
            onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])}
          />
        </label>
      </div>
      <label>
        Or paste the text
        <textarea rows={3} value={paste} onChange={(e) => setPaste(e.target.value)} />
      </label>
      <div>
        <button
          type="button"
          disabled={!paste.trim() || busy}
          onClick={() => setPending({ text: paste, draft: parseResumeText(paste), file: null })}
        >
          Read pasted text
        </button>
      </div>
      {busy && <p className="muted small">Reading…</p>}
      <ErrorLine error={error} />
      {pending && (
        <DraftReview pending={pending} onAccept={() => void accept()} onDiscard={() => setPending(null)} />
      )}
    </section>
  );
}

function DraftReview({
  pending,
  onAccept,
  onDiscard,
}: {
  pending: Pending;
  onAccept: () => void;
  onDiscard: () => void;
}) {
  const { draft, text } = pending;
  const name = [draft.contact.firstName, draft.contact.lastName].filter(Boolean).join(' ');
  return (
    <section className="stack" aria-label="Review the import">
      <p className="small">
        Check what was read against your resume. Only what you accept is added; nothing you already have is
        overwritten.
      </p>
      {draft.warnings.map((w) => (
        <div key={w} className="notice warn small">
          {w}
        </div>
      ))}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <pre
          className="card small"
          style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto', margin: 0 }}
        >
          {text}
        </pre>
        <div
          className="card small stack"
          style={{ maxHeight: 360, overflow: 'auto' }}
          data-testid="import-draft"
        >
          <div>
            <strong>{name || 'Name not found'}</strong>
            <div className="muted">
              {[draft.contact.email, draft.contact.phone].filter(Boolean).join(' · ')}
            </div>
          </div>
          <div>
            <strong>Experience</strong>
            <ul>
              {draft.experience.map((e) => (
                <li key={`${e.title}-${e.company}-${e.start}`}>
                  {e.title} · {e.company} ({e.start ?? '?'} – {e.current ? 'now' : (e.end ?? '?')})
                </li>
              ))}
            </ul>
          </div>
          <div>
            <strong>Education</strong>
            <ul>
              {draft.education.map((e) => (
                <li key={`${e.school}-${e.degree}`}>
                  {[e.degree, e.field, e.school].filter(Boolean).join(', ')}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <strong>Skills</strong>
            <div>{draft.skills.map((s) => s.name).join(', ') || 'None found'}</div>
          </div>
        </div>
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={onAccept}>
          Add to my profile
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
