// How the stand-in delivers a task webhook, as Skyvern does (contracts.md §1.5): the body is the compact
// JSON bytes, `x-skyvern-signature` is the hex HMAC-SHA256 of exactly those bytes keyed with the API key
// the run was created with, `x-skyvern-timestamp` is Unix seconds as a string. Retries follow the code's
// reading (3 attempts on 5xx/403/408/425/429/network, 1 s·2^n) when a base delay is given, the docs'
// reading (no retry) when it is 0.
import { signSkyvernBody } from '../skyvern/signature.ts';
import { type StandInRun, skyvernJsonBytes, webhookPayload } from './skyvern-standin-runs.ts';

export interface WebhookDelivery {
  runId: string;
  status: string;
  attempt: number;
  httpStatus: number | null;
}

const RETRY_ON = new Set([403, 408, 425, 429]);
const MAX_ATTEMPTS = 3;

export function deliverWebhook(
  run: StandInRun,
  url: string,
  appUrl: string,
  retryBaseMs: number,
  log: WebhookDelivery[],
  later: (ms: number, work: () => void) => void,
  attempt: number,
): void {
  const body = skyvernJsonBytes(webhookPayload(run, appUrl));
  void (async () => {
    let httpStatus: number | null = null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'x-skyvern-signature': await signSkyvernBody(body, run.apiKey),
          'x-skyvern-timestamp': String(Math.floor(Date.now() / 1000)),
          'content-type': 'application/json',
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      httpStatus = response.status;
      await response.arrayBuffer();
    } catch {
      httpStatus = null;
    }
    log.push({ runId: run.runId, status: run.status, attempt, httpStatus });
    const retryable = httpStatus === null || httpStatus >= 500 || RETRY_ON.has(httpStatus);
    if (retryable && retryBaseMs > 0 && attempt + 1 < MAX_ATTEMPTS) {
      later(retryBaseMs * 2 ** attempt, () =>
        deliverWebhook(run, url, appUrl, retryBaseMs, log, later, attempt + 1),
      );
    }
  })();
}
