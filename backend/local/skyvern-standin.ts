// DEVELOPMENT STAND-IN for Skyvern (never used in a deploy). It follows contracts.md §1: POST /v1/run/tasks,
// GET /v1/runs/{id}, POST /v1/runs/{id}/cancel; `x-api-key` (falling back to Authorization) or 403
// {"detail":"Invalid credentials"}; RunStatus values; task webhooks signed exactly as Skyvern signs them.
// Failure injection: refused keys, 429/500 answers, slow answers, webhooks that never come, come twice or
// arrive out of order, and scripted endings (CAPTCHA, login, max steps under both readings).
import http from 'node:http';
import { type StandInStats, standInRuns } from './skyvern-standin-lifecycle.ts';
import { runResponse, type Scenario, type StandInRun, type WebhookMode } from './skyvern-standin-runs.ts';
import { listen } from './standin-server.ts';

export type { StandInStats };

export interface StandInOptions {
  apiKeys: string[];
  port?: number;
  /** How long a run takes from creation to its terminal status. */
  runMs?: number;
  /** Per run: its ending and how its webhook behaves. Default: `?standin=<scenario>[,<webhook mode>]` in url. */
  plan?: (request: Record<string, unknown>) => { scenario: Scenario; webhook: WebhookMode };
  /** Code reading: up to 3 attempts with 1 s·2^n backoff (scaled by this); docs reading: no retry (0). */
  webhookRetryBaseMs?: number;
  /** Groups runs for per-group peak concurrency (e.g. the user a run was created for). */
  groupOf?: (request: Record<string, unknown>) => string;
}

export interface SkyvernStandIn {
  url: string;
  stats: StandInStats;
  runs: Map<string, StandInRun>;
  /** The next `count` answers on matching routes fail with this status (403, 429, 500...). */
  failNext(status: number, count?: number, route?: 'create' | 'get' | 'cancel'): void;
  /** Every answer waits this long first (a slow Skyvern). */
  setAnswerDelay(ms: number): void;
  stop(): Promise<void>;
}

export async function startSkyvernStandIn(options: StandInOptions): Promise<SkyvernStandIn> {
  const failures: Array<{ status: number; route?: string }> = [];
  let answerDelayMs = 0;
  let appUrl = '';
  const { runs, stats, create, finish, clearTimers } = standInRuns(options, () => appUrl);

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (answerDelayMs > 0) await new Promise((r) => setTimeout(r, answerDelayMs));
    const path = new URL(req.url ?? '/', 'http://standin').pathname;
    const route = routeOf(req.method ?? '', path);
    if (!route) return send(404, { detail: 'Not Found' });
    // get_current_org: x-api-key first, then Authorization; neither or an unknown key → 403.
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const apiKey = (req.headers['x-api-key'] as string | undefined) ?? bearer ?? '';
    if (!options.apiKeys.includes(apiKey)) return send(403, { detail: 'Invalid credentials' });
    const injected = failures.findIndex((f) => !f.route || f.route === route.name);
    if (injected >= 0) {
      const [failure] = failures.splice(injected, 1);
      if (failure?.status === 429) res.setHeader('retry-after', '1');
      return send(failure?.status ?? 500, {
        detail: failure?.status === 429 ? 'Rate limit exceeded' : 'Internal Server Error',
      });
    }
    if (route.name === 'create') {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(422, { detail: [{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error' }] });
      }
      if (typeof body?.prompt !== 'string')
        return send(422, {
          detail: [{ type: 'missing', loc: ['body', 'prompt'], msg: 'Field required', input: body }],
        });
      return send(200, { ...runResponse(create(body, apiKey), appUrl), run_request: body });
    }
    const run = runs.get(route.runId ?? '');
    if (!run) return send(404, { detail: `Run not found ${route.runId}` });
    if (route.name === 'cancel') {
      finish(run, 'canceled');
      return send(200, {});
    }
    return send(200, { ...runResponse(run, appUrl), run_request: run.request });
  });
  const { url, stop } = await listen(server, options.port ?? 0);
  appUrl = `${url}/app`;
  return {
    url,
    stats,
    runs,
    failNext: (status, count = 1, route) => {
      for (let i = 0; i < count; i++) failures.push({ status, route });
    },
    setAnswerDelay: (ms) => {
      answerDelayMs = ms;
    },
    stop: async () => {
      clearTimers();
      await stop();
    },
  };
}

function routeOf(method: string, path: string): { name: 'create' | 'get' | 'cancel'; runId?: string } | null {
  if (method === 'POST' && path === '/v1/run/tasks') return { name: 'create' };
  const get = /^\/v1\/runs\/([^/]+)$/.exec(path);
  if (method === 'GET' && get) return { name: 'get', runId: decodeURIComponent(get[1] ?? '') };
  const cancel = /^\/v1\/runs\/([^/]+)\/cancel$/.exec(path);
  if (method === 'POST' && cancel) return { name: 'cancel', runId: decodeURIComponent(cancel[1] ?? '') };
  return null;
}
