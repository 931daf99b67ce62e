import { useState } from 'react';
import { backgroundMessenger as bg, type CaptureResult } from '../lib/messaging.ts';
import { type SameJobAnswer, SameJobPrompt } from './SameJobPrompt.tsx';

export type CaptureOutcome = (CaptureResult | { ok: false; message: string }) & { sameJob?: SameJobAnswer };

interface Props {
  onResult?: (result: CaptureResult) => void;
  /** When the caller keeps the outcome (the button moves between layouts), its state and setter. */
  outcome?: [CaptureOutcome | null, (o: CaptureOutcome | null) => void];
}

/** "Save this page": asks the background to read the current tab and save the posting. */
export function CaptureButton({ onResult, outcome }: Props) {
  const [busy, setBusy] = useState(false);
  const own = useState<CaptureOutcome | null>(null);
  const [result, setResult] = outcome ?? own;
  const run = async () => {
    setBusy(true);
    try {
      const r = await bg.sendMessage('captureTab', {});
      setResult(r);
      onResult?.(r);
    } catch (error) {
      setResult({ ok: false, message: `Saving failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" className="primary" onClick={run} disabled={busy} aria-keyshortcuts="Alt+Shift+S">
        {busy ? 'Saving…' : 'Save this page'}
      </button>
      {result?.ok && result.save.sameJobCandidates.length > 0 && (
        <SameJobPrompt
          jobId={result.save.job.id}
          candidates={result.save.sameJobCandidates}
          answer={[result.sameJob ?? null, (sameJob) => setResult({ ...result, sameJob })]}
        />
      )}
      {result && (
        <div className={`notice ${result.ok ? 'ok' : 'error'}`} role="status" data-testid="capture-result">
          {result.ok
            ? `${result.save.created ? 'Saved' : 'Already saved, updated'}: ${result.save.job.title}${
                result.save.job.company ? ` at ${result.save.job.company}` : ''
              }`
            : result.message}
        </div>
      )}
    </div>
  );
}
