// The user's Skyvern submissions, re-read from the server every few seconds while a view shows them
// (Realtime on hosted Supabase would push them; polling works everywhere, including the local stack).
import { useEffect, useState } from 'react';
import type { SubmissionView } from '../../../shared/submission/request.ts';
import { backgroundMessenger as bg } from '../messaging.ts';

export function useSubmissions(everyMs = 4_000): {
  list: SubmissionView[] | null;
  error: string | null;
  refresh: () => void;
} {
  const [list, setList] = useState<SubmissionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` re-runs the effect to reload at once after an action.
  useEffect(() => {
    let live = true;
    const load = () =>
      bg
        .sendMessage('listSubmissions', undefined)
        .then((l) => {
          if (!live) return;
          setList(l);
          setError(null);
        })
        .catch((e: Error) => {
          if (live) setError(e.message);
        });
    void load();
    const timer = setInterval(load, everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [everyMs, tick]);
  return { list, error, refresh: () => setTick((t) => t + 1) };
}
