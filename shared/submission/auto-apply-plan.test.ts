import { describe, expect, it } from 'vitest';
import type { Candidate } from './auto-apply.ts';
import { planAutoApply } from './auto-apply-plan.ts';
import { type AutoApplyLogEntry, type AutoApplyRuleRecord, defaultRule } from './auto-apply-rules.ts';

const wednesday = new Date('2026-12-02T10:00:00Z');
const rule = (over: Partial<AutoApplyRuleRecord> = {}): AutoApplyRuleRecord => ({
  ...defaultRule('r1', '2026-12-01T00:00:00.000Z'),
  minScore: 70,
  weeklyCap: 2,
  ...over,
});
const job = (n: number, score: number | null = 90): Candidate => ({
  jobId: `j${n}`,
  personaId: null,
  score,
  company: `Company ${n}`,
  title: 'TypeScript Engineer',
  description: '',
});
const entry = (over: Partial<AutoApplyLogEntry>): AutoApplyLogEntry => ({
  id: Math.random().toString(),
  ruleId: 'r1',
  jobId: 'j1',
  decision: 'needs_review',
  reason: '',
  score: 90,
  at: '2026-12-01T12:00:00.000Z',
  ...over,
});
const plan = (rules: AutoApplyRuleRecord[], candidates: Candidate[], log: AutoApplyLogEntry[] = []) =>
  planAutoApply({ rules, candidates, log, now: wednesday });

describe('an auto-apply pass', () => {
  it('proposes by default, and the weekly cap holds within one pass', () => {
    const out = plan([rule()], [job(1), job(2), job(3)]);
    expect(out.map((d) => d.decision)).toEqual(['needs_review', 'needs_review', 'limit_reached']);
    expect(out[2]?.reason).toBe('The weekly cap is reached (2 of 2).');
  });

  it('counts the last seven days of the log against the cap, not older ones', () => {
    const log = [entry({ jobId: 'old', at: '2026-11-20T00:00:00.000Z', decision: 'queued' })];
    log.push(entry({ jobId: 'recent', at: '2026-11-30T00:00:00.000Z', decision: 'queued' }));
    const out = plan([rule({ autoApprove: true })], [job(1), job(2)], log);
    expect(out.map((d) => d.decision)).toEqual(['queued', 'limit_reached']);
  });

  it('a dry run logs what it would do and claims nothing', () => {
    const out = plan([rule({ dryRun: true, autoApprove: true })], [job(1)]);
    expect(out).toEqual([
      { ruleId: 'r1', jobId: 'j1', decision: 'dry_run', reason: 'Dry run: would queue (match 90 ≥ 70).' },
    ]);
  });

  it('decides a pair once; a skip is logged again only when its reason changes', () => {
    const proposed = [entry({ decision: 'needs_review' })];
    expect(plan([rule()], [job(1)], proposed)).toEqual([]);
    const skipped = plan([rule()], [job(1, 50)]);
    expect(skipped[0]?.reason).toBe("Match score 50 is below the rule's 70.");
    const log = skipped.map((d) => entry({ ...d, at: '2026-12-02T09:00:00.000Z' }));
    expect(plan([rule()], [job(1, 50)], log)).toEqual([]);
    expect(plan([rule()], [job(1, 85)], log).map((d) => d.decision)).toEqual(['needs_review']);
  });

  it('a job proposed, approved or dismissed under one rule is not taken up by another', () => {
    const second = rule({ id: 'r2', createdAt: '2026-12-01T01:00:00.000Z' });
    expect(plan([rule(), second], [job(1)]).map((d) => [d.ruleId, d.decision])).toEqual([
      ['r1', 'needs_review'],
    ]);
    const dismissed = [entry({ decision: 'dismissed', at: '2026-12-01T13:00:00.000Z' })];
    expect(plan([rule({ updatedAt: '2026-12-02T00:00:00.000Z' }), second], [job(1)], dismissed)).toEqual([]);
  });

  it('a dry run shows where the cap would stop it, and its would-be ones never use the real cap', () => {
    const dry = plan([rule({ dryRun: true })], [job(1), job(2), job(3)]);
    expect(dry.map((d) => d.decision)).toEqual(['dry_run', 'dry_run', 'limit_reached']);
    const log = dry.map((d) => entry({ ...d, at: '2026-12-02T09:00:00.000Z' }));
    const live = rule({ updatedAt: '2026-12-02T09:30:00.000Z' });
    expect(plan([live], [job(1), job(2), job(3)], log).map((d) => d.decision)).toEqual([
      'needs_review',
      'needs_review',
      'limit_reached',
    ]);
  });

  it('editing a rule looks again at the jobs it only dry-ran', () => {
    const log = [entry({ decision: 'dry_run' })];
    const edited = rule({ dryRun: false, updatedAt: '2026-12-02T00:00:00.000Z' });
    expect(plan([edited], [job(1)], log).map((d) => d.decision)).toEqual(['needs_review']);
  });

  it('a turned-off rule decides nothing', () => {
    expect(plan([rule({ enabled: false })], [job(1)])).toEqual([]);
  });
});
