// Locally, nothing like pg_cron calls process-queue, so the stack's own timer does (opt-in:
// JOBRAKER_QUEUE_TICK_MS or the `queueTickMs` option). One single-pass call at a time, then a pause.
export interface QueueTimer {
  stop(): Promise<void>;
}

export function startQueueTimer(options: {
  url: string; // .../functions/v1/process-queue
  secret: string;
  everyMs: number;
  log?: (line: string) => void;
}): QueueTimer {
  let stopped = false;
  let lastError = '';
  const loop = (async () => {
    while (!stopped) {
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ budget_ms: 0 }),
        });
        const text = await response.text();
        const error = response.ok ? '' : `process-queue ${response.status}: ${text.slice(0, 200)}`;
        if (error && error !== lastError) options.log?.(error);
        lastError = error;
      } catch (error) {
        lastError = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, options.everyMs));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}
