// The stand-in follows the contract, and Jobraker's client and webhook verification work against it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOfRun } from '../../shared/submission/outcome.ts';
import { type Exchange, SkyvernClient } from '../skyvern/client.ts';
import { verifySkyvernWebhook } from '../skyvern/signature.ts';
import { SkyvernRun } from '../skyvern/types.ts';
import { type SkyvernStandIn, startSkyvernStandIn } from './skyvern-standin.ts';

const KEY = 'sk-standin-test';
let standIn: SkyvernStandIn;
let hookServer: http.Server;
let hookUrl = '';
const received: Array<{ body: Buffer; headers: Headers; valid: boolean }> = [];
const exchanges: Exchange[] = [];

beforeAll(async () => {
  standIn = await startSkyvernStandIn({ apiKeys: [KEY], runMs: 60, webhookRetryBaseMs: 20 });
  hookServer = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const headers = new Headers(req.headers as Record<string, string>);
    const check = await verifySkyvernWebhook(new Uint8Array(body), headers, KEY);
    received.push({ body, headers, valid: check.ok });
    res.writeHead(200).end('{}');
  });
  await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await standIn.stop();
  hookServer.closeAllConnections();
  await new Promise((r) => hookServer.close(r));
});

const client = () => new SkyvernClient({ baseUrl: standIn.url, apiKey: KEY }, (e) => void exchanges.push(e));
const task = (url: string, title = 'app-1') => ({
  prompt: 'Apply with the data below',
  url,
  title,
  max_steps: 25,
  webhook_url: hookUrl,
  data_extraction_schema: { type: 'object' },
});
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('Skyvern stand-in + client', () => {
  it('refuses a missing or wrong key with 403 Invalid credentials', async () => {
    const bad = await new SkyvernClient({ baseUrl: standIn.url, apiKey: 'nope' }).runTask(
      task('https://x.test/j'),
    );
    expect(bad).toMatchObject({ ok: false, kind: 'auth', retryable: false, status: 403 });
    const raw = await fetch(`${standIn.url}/v1/runs/tsk_1`);
    expect(raw.status).toBe(403);
    expect(await raw.json()).toEqual({ detail: 'Invalid credentials' });
  });

  it('creates a run, reports statuses, and delivers one signed webhook with the confirmation', async () => {
    const created = await client().runTask(task('https://jobs.test/1', 'app-complete'));
    if (!created.ok) throw new Error(created.message);
    expect(created.value.run_id).toMatch(/^tsk_\d+$/);
    expect(created.value.status).toBe('created');
    await until(() => received.some((r) => r.body.includes(created.value.run_id)));
    const hook = received.find((r) => r.body.includes(created.value.run_id))!;
    expect(hook.valid).toBe(true);
    expect(hook.headers.get('x-skyvern-timestamp')).toMatch(/^\d+$/);
    const payload = SkyvernRun.parse(JSON.parse(hook.body.toString('utf8')));
    expect(payload).toMatchObject({
      run_id: created.value.run_id,
      task_id: created.value.run_id,
      status: 'completed',
    });
    expect(outcomeOfRun(payload)).toMatchObject({ status: 'submitted_successfully', confirmation: /^CONF-/ });
    const polled = await client().getRun(created.value.run_id);
    expect(polled.ok && polled.value.status).toBe('completed');
    expect(standIn.stats.runsByKey.get('app-complete')).toBe(1);
  });

  it('injects 429 (with Retry-After), 500 and slow answers; 404 for an unknown run', async () => {
    standIn.failNext(429, 1, 'create');
    expect(await client().runTask(task('https://jobs.test/2'))).toMatchObject({
      ok: false,
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 1000,
    });
    standIn.failNext(500, 1, 'get');
    expect(await client().getRun('tsk_1')).toMatchObject({ ok: false, kind: 'server', retryable: true });
    expect(await client().getRun('tsk_missing')).toMatchObject({
      ok: false,
      kind: 'not_found',
      retryable: false,
    });
    standIn.setAnswerDelay(300);
    const slow = await new SkyvernClient({ baseUrl: standIn.url, apiKey: KEY, timeoutMs: 50 }).getRun(
      'tsk_1',
    );
    standIn.setAnswerDelay(0);
    expect(slow).toMatchObject({ ok: false, kind: 'network', retryable: true, status: null });
    expect(exchanges.some((e) => e.status === 429 && e.path === '/v1/run/tasks')).toBe(true);
  });

  it('scripted endings: CAPTCHA → action_required, max steps under both readings → failed', async () => {
    for (const [scenario, expected] of [
      ['captcha', 'action_required'],
      ['login', 'action_required'],
      ['max_steps_failed', 'failed_submission'],
      ['max_steps_timed_out', 'failed_submission'],
      ['no_confirmation', 'action_required'],
    ] as const) {
      const created = await client().runTask(task(`https://jobs.test/3?standin=${scenario}`, scenario));
      if (!created.ok) throw new Error(created.message);
      await until(() => received.some((r) => r.body.includes(created.value.run_id)));
      const body = received.find((r) => r.body.includes(created.value.run_id))!.body;
      expect(outcomeOfRun(JSON.parse(body.toString('utf8'))), scenario).toMatchObject({ status: expected });
    }
  });

  it('webhook modes: never, duplicate, out of order; cancel fires a canceled webhook', async () => {
    const count = (id: string) => received.filter((r) => r.body.includes(id)).length;
    const never = await client().runTask(task('https://jobs.test/4?standin=complete,never', 'never'));
    const dup = await client().runTask(task('https://jobs.test/4?standin=complete,duplicate', 'dup'));
    const ooo = await client().runTask(task('https://jobs.test/4?standin=complete,out_of_order', 'ooo'));
    if (!never.ok || !dup.ok || !ooo.ok) throw new Error('create failed');
    await until(() => count(dup.value.run_id) === 2 && count(ooo.value.run_id) === 2);
    const last = received.filter((r) => r.body.includes(ooo.value.run_id)).at(-1)!;
    expect(JSON.parse(last.body.toString('utf8')).status).toBe('running');
    expect(count(never.value.run_id)).toBe(0);
    const polled = await client().getRun(never.value.run_id);
    expect(polled.ok && polled.value.status).toBe('completed');

    const slowRun = await startSkyvernStandIn({ apiKeys: [KEY], runMs: 10_000 });
    const c = new SkyvernClient({ baseUrl: slowRun.url, apiKey: KEY });
    const running = await c.runTask(task('https://jobs.test/5', 'cancel-me'));
    if (!running.ok) throw new Error(running.message);
    expect((await c.cancelRun(running.value.run_id)).ok).toBe(true);
    const after = await c.getRun(running.value.run_id);
    expect(after.ok && after.value.status).toBe('canceled');
    await until(() => count(running.value.run_id) === 1);
    await slowRun.stop();
  });

  it('records peak concurrency', async () => {
    const s = await startSkyvernStandIn({ apiKeys: [KEY], runMs: 200 });
    const c = new SkyvernClient({ baseUrl: s.url, apiKey: KEY });
    await Promise.all(
      [1, 2, 3].map((i) => c.runTask({ prompt: 'p', url: 'https://jobs.test', title: `k${i}` })),
    );
    expect(s.stats.peakConcurrency).toBe(3);
    await until(() => s.stats.active === 0);
    await c.runTask({ prompt: 'p', url: 'https://jobs.test', title: 'k1' });
    expect(s.stats.peakConcurrency).toBe(3);
    expect(s.stats.runsByKey.get('k1')).toBe(2);
    await s.stop();
  });
});
