import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDraft, MatchResult } from '../../../shared/domain/index.ts';
import { defaultRule } from '../../../shared/submission/auto-apply-rules.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { resolveProposal, runAutoApply, saveRule } from './auto-apply.ts';
import { saveDraft } from './jobs.ts';

let db: JobrakerDatabase;
let queued: string[];
const queue = async (jobId: string) => {
  queued.push(jobId);
};
const wednesday = new Date('2026-12-02T10:00:00Z');

beforeEach(() => {
  db = new JobrakerDatabase(`test-${Math.random()}`);
  queued = [];
});
afterEach(async () => {
  await db.delete();
});

async function saveJobs(n: number, score = 90): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const url = `https://jobs.example.com/${i}`;
    const draft: JobDraft = {
      url,
      canonicalUrl: url,
      ats: null,
      fields: { title: `Engineer ${i}`, company: `Company ${i}`, locations: [{ raw: 'Remote' }] },
      provenance: {},
      gaps: [],
      extractedAt: wednesday.toISOString(),
    };
    const { job } = await saveDraft(db, draft);
    await db.matches.put({ jobId: job.id, personaId: null, score } as MatchResult);
    ids.push(job.id);
  }
  return ids;
}

const rule = (over: Record<string, unknown>) =>
  saveRule(db, { ...defaultRule(crypto.randomUUID(), '2026-12-01T00:00:00.000Z'), minScore: 70, ...over });

describe('auto-apply in the extension', () => {
  it('a dry run logs what it would queue and queues nothing', async () => {
    await saveJobs(3);
    await rule({ dryRun: true, autoApprove: true, weeklyCap: 5 });
    const logged = await runAutoApply(db, queue, wednesday);
    expect(queued).toEqual([]);
    expect(logged.map((e) => e.decision)).toEqual(['dry_run', 'dry_run', 'dry_run']);
    expect(logged[0]?.reason).toMatch(/^Dry run: would queue/);
    expect(await db.autoApplyLog.count()).toBe(3);
  });

  it('by default a rule proposes; nothing is queued until the user approves, and the approval is logged', async () => {
    const [first] = await saveJobs(2);
    await rule({});
    const logged = await runAutoApply(db, queue, wednesday);
    expect(logged.map((e) => e.decision)).toEqual(['needs_review', 'needs_review']);
    expect(queued).toEqual([]);
    expect(await runAutoApply(db, queue, wednesday)).toEqual([]); // a proposal is made once
    expect((await resolveProposal(db, first!, 'approved'))?.reason).toMatch(/You approved/);
    expect(await resolveProposal(db, first!, 'dismissed')).toBeNull(); // nothing open any more
  });

  it('auto-approve is bounded by the weekly cap, across passes', async () => {
    const ids = await saveJobs(4);
    await rule({ autoApprove: true, weeklyCap: 2 });
    const first = await runAutoApply(db, queue, wednesday);
    expect(first.map((e) => e.decision)).toEqual(['queued', 'queued', 'limit_reached', 'limit_reached']);
    expect(queued).toEqual(ids.slice(0, 2));
    await saveJobs(1); // a new job later the same week
    await runAutoApply(db, queue, new Date('2026-12-03T10:00:00Z'));
    expect(queued).toHaveLength(2);
    const last = (await db.autoApplyLog.orderBy('at').toArray()).at(-1);
    expect(last?.decision).toBe('limit_reached');
    expect(last?.reason).toBe('The weekly cap is reached (2 of 2).');
  });

  it('a queue that fails (signed out, offline) leaves a proposal with the reason, losing nothing', async () => {
    await saveJobs(1);
    await rule({ autoApprove: true });
    const [entry] = await runAutoApply(
      db,
      async () => {
        throw new Error('Sign in (Side panel → Account) to submit with Skyvern.');
      },
      wednesday,
    );
    expect(entry?.decision).toBe('needs_review');
    expect(entry?.reason).toMatch(/Could not queue it on its own \(Sign in/);
  });

  it('a rule off its active days or below its threshold skips with the reason', async () => {
    await saveJobs(1, 50);
    await rule({});
    const [below] = await runAutoApply(db, queue, wednesday);
    expect(below?.reason).toBe("Match score 50 is below the rule's 70.");
    expect(queued).toEqual([]);
  });

  it('refuses a malformed rule with a clear message', async () => {
    await expect(rule({ weeklyCap: 0 })).rejects.toThrow('The weekly cap is 1 to 200');
    await expect(rule({ activeDays: [] })).rejects.toThrow('Pick at least one active day');
    expect(await db.autoApplyRules.count()).toBe(0);
  });
});
