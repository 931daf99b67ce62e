// Skyvern over plain fetch (contracts.md §1.7: the TS SDK drags in playwright). POST /v1/run/tasks,
// GET /v1/runs/{id}, POST /v1/runs/{id}/cancel, with `x-api-key`. Every exchange is reported to
// `onExchange` (the task log) and every failure is typed: retryable or not, and why.
import { SkyvernRun, type TaskRunRequest } from './types.ts';

export interface SkyvernConfig {
  baseUrl: string; // https://api.skyvern.com, or a self-hosted http://host:8000
  apiKey: string;
  timeoutMs?: number;
}

export interface Exchange {
  method: string;
  path: string;
  requestBody?: unknown;
  status: number | null; // null: no answer (network error, timeout)
  responseBody?: unknown;
  ms: number;
}

export type SkyvernFailure = {
  ok: false;
  kind: 'auth' | 'rate_limited' | 'server' | 'network' | 'not_found' | 'rejected' | 'bad_response';
  retryable: boolean;
  status: number | null;
  message: string;
  retryAfterMs?: number;
  /** A timeout after the request went out: Skyvern may have created the run. */
  maybeDelivered?: boolean;
};
export type SkyvernResult<T> = { ok: true; value: T } | SkyvernFailure;

export class SkyvernClient {
  constructor(
    private readonly config: SkyvernConfig,
    private readonly onExchange: (exchange: Exchange) => void | Promise<void> = () => undefined,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  runTask(request: TaskRunRequest): Promise<SkyvernResult<SkyvernRun>> {
    return this.call('POST', '/v1/run/tasks', request);
  }

  getRun(runId: string): Promise<SkyvernResult<SkyvernRun>> {
    return this.call('GET', `/v1/runs/${encodeURIComponent(runId)}`);
  }

  /** The response body of cancel is not documented; a 2xx is success and the run is re-read by the caller. */
  async cancelRun(runId: string): Promise<SkyvernResult<true>> {
    const result = await this.call('POST', `/v1/runs/${encodeURIComponent(runId)}/cancel`, undefined, false);
    return result.ok ? { ok: true, value: true } : result;
  }

  private async call(
    method: string,
    path: string,
    body?: unknown,
    parseRun = true,
  ): Promise<SkyvernResult<SkyvernRun>> {
    const started = Date.now();
    const url = `${this.config.baseUrl.replace(/\/+$/, '')}${path}`;
    const headers: Record<string, string> = { 'x-api-key': this.config.apiKey, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 30_000),
      });
      text = await response.text();
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await this.onExchange({ method, path, requestBody: body, status: null, ms: Date.now() - started });
      return {
        ok: false,
        kind: 'network',
        retryable: true,
        status: null,
        message: `Skyvern unreachable (${message})`,
        maybeDelivered:
          error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'),
      };
    }
    const parsed = parseJson(text);
    await this.onExchange({
      method,
      path,
      requestBody: body,
      status: response.status,
      responseBody: parsed ?? text.slice(0, 500),
      ms: Date.now() - started,
    });
    if (!response.ok) return failureOf(response, parsed, text);
    if (!parseRun) return { ok: true, value: parsed as SkyvernRun };
    const run = SkyvernRun.safeParse(parsed);
    if (!run.success) {
      const issue = run.error.issues[0];
      return {
        ok: false,
        kind: 'bad_response',
        retryable: false,
        status: response.status,
        message: `Skyvern answered ${response.status} with an unexpected body (${issue?.path.join('.')}: ${issue?.message})`,
      };
    }
    return { ok: true, value: run.data };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function detailOf(parsed: unknown, text: string): string {
  const detail = (parsed as { detail?: unknown } | undefined)?.detail;
  if (typeof detail === 'string') return detail;
  if (detail !== undefined) return JSON.stringify(detail).slice(0, 200);
  return text.slice(0, 200);
}

function failureOf(response: Response, parsed: unknown, text: string): SkyvernFailure {
  const status = response.status;
  const detail = detailOf(parsed, text);
  if (status === 403 || status === 401)
    return {
      ok: false,
      kind: 'auth',
      retryable: false,
      status,
      message: `Skyvern refused the API key (${status} ${detail})`,
    };
  if (status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return {
      ok: false,
      kind: 'rate_limited',
      retryable: true,
      status,
      message: `Skyvern is rate limiting (429 ${detail})`,
      ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}),
    };
  }
  if (status === 408 || status >= 500)
    return {
      ok: false,
      kind: 'server',
      retryable: true,
      status,
      message: `Skyvern failed (${status} ${detail})`,
    };
  if (status === 404)
    return {
      ok: false,
      kind: 'not_found',
      retryable: false,
      status,
      message: `Skyvern has no such run (404 ${detail})`,
    };
  return {
    ok: false,
    kind: 'rejected',
    retryable: false,
    status,
    message: `Skyvern rejected the request (${status} ${detail})`,
  };
}
