import { useState } from 'react';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import type { SaveResult } from '../lib/services/jobs.ts';

export type SameJobAnswer = 'linked' | 'different';

interface Props {
  jobId: string;
  candidates: SaveResult['sameJobCandidates'];
  /** The answer, kept by the caller when the prompt may move (the side panel's Save moves once saved). */
  answer?: [SameJobAnswer | null, (a: SameJobAnswer) => void];
}

/**
 * The same company, title and city were saved before from another address: ask, never merge on a
 * guess (two reqs can share a title). Linking keeps the earlier card and files this URL under it.
 */
export function SameJobPrompt({ jobId, candidates, answer: kept }: Props) {
  const own = useState<SameJobAnswer | null>(null);
  const [answer, setAnswer] = kept ?? own;
  const other = candidates[0]!;
  if (answer === 'different') return null;
  if (answer === 'linked')
    return (
      <div className="notice ok small" role="status">
        Linked: both addresses now open the same card.
      </div>
    );
  const host = (() => {
    try {
      return new URL(other.url).host;
    } catch {
      return other.url;
    }
  })();
  return (
    <fieldset className="notice warn small stack" aria-label="Same job?" style={{ border: 0, margin: 0 }}>
      <span>
        This looks like “{other.title}” at {other.company}, saved from {host}. Is it the same job?
      </span>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            void bg
              .sendMessage('linkSameJob', { keepId: other.id, dropId: jobId })
              .then(() => setAnswer('linked'))
          }
        >
          Same job: link them
        </button>
        <button type="button" onClick={() => setAnswer('different')}>
          Different job
        </button>
      </div>
    </fieldset>
  );
}
