import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobrakerDatabase as Db } from '../../extension/lib/db/database.ts';
import { makeProfile } from '../../shared/match/testing.ts';
import { type BoardsApiStandIn, startBoardsApiStandIn } from '../support/boards-api-standin.ts';

// The company watch end to end below the UI: the real alarm wiring (on the fake browser's alarms and
// notifications), the real database (fake-indexeddb), the real match engine, and a local stand-in of
// the three public job-board APIs reached through fetch as the service worker would.
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { JobrakerDatabase } = await import('../../extension/lib/db/database.ts');
const { registerWatch, WATCH_ALARM } = await import('../../extension/lib/watch/background.ts');
const { watchCompany, updateWatch } = await import('../../extension/lib/watch/alerts.ts');
const { recomputeMatches } = await import('../../extension/lib/services/matches.ts');

const HOUR = 3_600_000;
let api: BoardsApiStandIn;
let db: Db;
let clock: number;
let watch: { runNow: () => Promise<void> };

beforeAll(async () => {
  api = await startBoardsApiStandIn();
});
afterAll(() => api.close());

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', api.fetch);
  db = new JobrakerDatabase(`watch-${Math.random()}`);
  await db.profiles.add(
    makeProfile({
      targetTitles: ['Backend Engineer', 'Platform Engineer'],
      skills: ['Go', 'PostgreSQL', 'Kubernetes', 'Kafka', 'Python', 'Terraform'].map((name) => ({
        name,
        source: 'input' as const,
      })),
    }),
  );
  clock = Date.parse('2026-12-04T12:00:00Z');
  watch = registerWatch(db, (saved) => recomputeMatches(db, [saved.job.id]), { now: () => new Date(clock) });
  api.requests.length = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

/** The browser fires the alarm; the test waits for that run to finish (a further run asks only due boards). */
async function fireAlarm(afterHours = 0) {
  clock += afterHours * HOUR;
  await fakeBrowser.alarms.onAlarm.trigger({ name: WATCH_ALARM, scheduledTime: clock });
  await watch.runNow();
}
const notices = async () => Object.keys(await fakeBrowser.notifications.getAll());
/** This device's check state of the alert: when it asked, what it found, the error. */
const checkOf = async (id: string) => (await db.watchChecks.get(id))!;

describe('company watch against the boards’ public APIs', () => {
  it('schedules itself on an alarm', async () => {
    registerWatch(db, async () => undefined);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toMatchObject({ periodInMinutes: 60 }),
    );
  });

  it('announces only postings it has not seen, once per period, and asks conditionally', async () => {
    api.publish('greenhouse', 'northwindlabs', 2);
    const alert = await watchCompany(db, {
      url: 'https://job-boards.greenhouse.io/northwindlabs',
      name: 'Northwind Labs',
      minScore: 40,
    });
    await fireAlarm();
    expect(api.requests).toHaveLength(1);
    expect(await db.watchSeen.where('alertId').equals(alert.id).count()).toBe(2);
    // The backend role fits the profile; the sales role does not reach the threshold.
    expect(await notices()).toEqual([`watch|${alert.id}|4100001`]);
    expect((await checkOf(alert.id)).lastOutcome).toEqual({ kind: 'ok', total: 2, fresh: 2, notified: 1 });

    await fireAlarm(23); // not due yet: no request
    expect(api.requests).toHaveLength(1);

    api.publish('greenhouse', 'northwindlabs', 3);
    await fireAlarm(1);
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]!.ifNoneMatch).toMatch(/^W\/"/);
    expect(await notices()).toContain(`watch|${alert.id}|4100003`);
    expect((await checkOf(alert.id)).lastOutcome).toEqual({ kind: 'ok', total: 3, fresh: 1, notified: 1 });

    await fireAlarm(24); // same list: the board answers 304 and nothing is announced again
    expect(api.requests[2]).toMatchObject({ status: 304 });
    expect((await checkOf(alert.id)).lastOutcome).toEqual({ kind: 'not-modified' });
    expect(await notices()).toHaveLength(2);
  });

  it('filters by the alert’s titles, locations and remote', async () => {
    api.publish('lever', 'quillfeather', 3);
    const alert = await watchCompany(db, {
      url: 'https://jobs.lever.co/quillfeather',
      minScore: 0,
      criteria: { titles: ['engineer'], locations: [], remoteOnly: true },
    });
    await fireAlarm();
    const seen = await db.watchSeen.where('alertId').equals(alert.id).toArray();
    expect(
      seen
        .filter((s) => s.matched)
        .map((s) => s.title)
        .sort(),
    ).toEqual(['Backend Engineer, Data Platform', 'Senior Software Engineer, API']);
    expect(seen.find((s) => s.title === 'Office Manager')?.matched).toBe(false);
  });

  it('404: marks the alert "board not found" and does not ask again until it is edited', async () => {
    const alert = await watchCompany(db, { url: 'https://jobs.lever.co/no-such-company' });
    await fireAlarm();
    expect((await checkOf(alert.id)).lastOutcome).toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('no-such-company'),
    });
    for (let day = 0; day < 5; day++) await fireAlarm(24);
    expect(api.requests).toHaveLength(1);
    api.publish('lever', 'no-such-company', 1);
    await updateWatch(db, alert.id, { minScore: 0 });
    await fireAlarm();
    expect(api.requests).toHaveLength(2);
    expect((await checkOf(alert.id)).lastOutcome).toMatchObject({ kind: 'ok', total: 1 });
  });

  it('429: waits for Retry-After before asking again', async () => {
    api.publish('ashby', 'lumenforge', 3);
    api.fail('ashby', 'lumenforge', { status: 429, retryAfter: '7200', times: 1 });
    const alert = await watchCompany(db, { url: 'https://jobs.ashbyhq.com/lumenforge' });
    await fireAlarm();
    expect((await checkOf(alert.id)).lastOutcome).toMatchObject({ kind: 'rate-limited' });
    await fireAlarm(1); // an hourly alarm inside the Retry-After window: no request
    expect(api.requests).toHaveLength(1);
    await fireAlarm(1);
    expect(api.requests).toHaveLength(2);
    expect((await checkOf(alert.id)).lastOutcome).toMatchObject({ kind: 'ok', total: 2 });
  });

  it('500: says so, keeps nothing half-done, backs off', async () => {
    api.publish('greenhouse', 'northwindlabs', 2);
    api.fail('greenhouse', 'northwindlabs', { status: 500, times: 2 });
    const alert = await watchCompany(db, { url: 'https://boards.greenhouse.io/northwindlabs' });
    await fireAlarm();
    expect((await checkOf(alert.id)).lastOutcome).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('500'),
    });
    expect(await db.watchSeen.count()).toBe(0);
    await fireAlarm(0.5);
    expect(api.requests).toHaveLength(1); // backing off for an hour
    await fireAlarm(0.5);
    await fireAlarm(2);
    expect(api.requests).toHaveLength(3);
    expect((await checkOf(alert.id)).lastOutcome).toMatchObject({ kind: 'ok', fresh: 2 });
  });

  it('a click on the notification saves the posting from the API, each field marked as such, and opens it', async () => {
    api.publish('greenhouse', 'northwindlabs', 1);
    const alert = await watchCompany(db, {
      url: 'https://boards.greenhouse.io/northwindlabs',
      name: 'Northwind Labs',
      minScore: 0,
    });
    await fireAlarm();
    const [id] = await notices();
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(async () => expect(await db.jobs.count()).toBe(1));
    const job = (await db.jobs.toArray())[0]!;
    expect(job).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Northwind Labs',
      url: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4100001',
      ats: { ats: 'greenhouse', id: '4100001', board: 'northwindlabs' },
      stage: 'saved',
    });
    expect(job.provenance.title).toMatchObject({ source: 'api' });
    expect(job.descriptionText).toContain('Kafka');
    await vi.waitFor(async () => expect(await db.matches.get(job.id)).toBeTruthy());
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(job.url);
    expect(alert.id).toBeTruthy();
  });
});
