// The stand-in's runs from creation to their ending: status steps on timers, concurrency and per-key counts,
// and the webhook(s) at the end, delivered the way the run's plan says (normal, never, twice, out of order).

import type { StandInOptions } from './skyvern-standin.ts';
import {
  endingOf,
  newRunId,
  pyTimestamp,
  type Scenario,
  type StandInRun,
  type WebhookMode,
} from './skyvern-standin-runs.ts';
import { deliverWebhook, type WebhookDelivery } from './skyvern-standin-webhook.ts';

export interface StandInStats {
  peakConcurrency: number;
  active: number;
  peakByGroup: Map<string, number>;
  runsByKey: Map<string, number>;
  created: number;
  webhooks: WebhookDelivery[];
}

const TERMINAL = new Set(['completed', 'failed', 'terminated', 'canceled', 'timed_out']);

function defaultPlan(request: Record<string, unknown>): { scenario: Scenario; webhook: WebhookMode } {
  const url = typeof request.url === 'string' ? request.url : '';
  const param = /[?&#]standin=([a-z_,]+)/.exec(url)?.[1] ?? '';
  const [scenario, webhook] = param.split(',');
  return { scenario: (scenario || 'complete') as Scenario, webhook: (webhook || 'normal') as WebhookMode };
}

/**
 * Creates runs and drives each to its ending on timers. `appUrl` is read when a webhook goes out (the server
 * knows its port only once listening); `clearTimers` cancels every step still pending.
 */
export function standInRuns(options: StandInOptions, appUrl: () => string) {
  const runs = new Map<string, StandInRun>();
  const stats: StandInStats = {
    peakConcurrency: 0,
    active: 0,
    peakByGroup: new Map(),
    runsByKey: new Map(),
    created: 0,
    webhooks: [],
  };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, work: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      work();
    }, ms);
    timers.add(t);
  };

  const activeByGroup = new Map<string, number>();
  const groupOf = (run: StandInRun) => options.groupOf?.(run.request) ?? '';
  const finish = (run: StandInRun, status: string) => {
    if (TERMINAL.has(run.status)) return;
    run.status = status;
    run.finishedAt = run.modifiedAt = pyTimestamp();
    stats.active -= 1;
    activeByGroup.set(groupOf(run), (activeByGroup.get(groupOf(run)) ?? 1) - 1);
    const webhookUrl = run.request.webhook_url;
    if (typeof webhookUrl !== 'string' || run.webhook === 'never') return;
    const send = (attempt: number) =>
      deliverWebhook(
        run,
        webhookUrl,
        appUrl(),
        options.webhookRetryBaseMs ?? 0,
        stats.webhooks,
        later,
        attempt,
      );
    send(0);
    if (run.webhook === 'duplicate') later(20, () => send(0));
    if (run.webhook === 'out_of_order') {
      // A stale "running" delivery that lands after the terminal one.
      later(20, () => {
        const stale = { ...run, status: 'running', finishedAt: null };
        deliverWebhook(stale, webhookUrl, appUrl(), 0, stats.webhooks, later, 0);
      });
    }
  };

  const create = (body: Record<string, unknown>, apiKey: string): StandInRun => {
    const { scenario, webhook } = (options.plan ?? defaultPlan)(body);
    const now = pyTimestamp();
    const run: StandInRun = {
      runId: newRunId(),
      key: typeof body.title === 'string' ? body.title : '',
      request: body,
      apiKey,
      status: 'created',
      scenario,
      webhook,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      modifiedAt: now,
      stepCount: 0,
    };
    runs.set(run.runId, run);
    stats.created += 1;
    stats.runsByKey.set(run.key, (stats.runsByKey.get(run.key) ?? 0) + 1);
    stats.active += 1;
    stats.peakConcurrency = Math.max(stats.peakConcurrency, stats.active);
    const group = groupOf(run);
    activeByGroup.set(group, (activeByGroup.get(group) ?? 0) + 1);
    stats.peakByGroup.set(group, Math.max(stats.peakByGroup.get(group) ?? 0, activeByGroup.get(group) ?? 0));
    const runMs = options.runMs ?? 300;
    later(Math.round(runMs / 4), () => {
      if (run.status === 'created') run.status = 'queued';
    });
    later(Math.round(runMs / 2), () => {
      if (run.status === 'queued' || run.status === 'created') {
        run.status = 'running';
        run.startedAt = run.modifiedAt = pyTimestamp();
      }
    });
    later(runMs, () => finish(run, endingOf(run.scenario, run.runId).status));
    return run;
  };

  return {
    runs,
    stats,
    create,
    finish,
    clearTimers: () => {
      for (const t of timers) clearTimeout(t);
    },
  };
}
