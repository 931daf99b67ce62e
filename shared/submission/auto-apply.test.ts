import { describe, expect, it } from 'vitest';
import { type AutoApplyRule, type Candidate, evaluateRule, isoWeekday } from './auto-apply.ts';

const rule: AutoApplyRule = {
  id: 'r1',
  enabled: true,
  personaId: 'backend',
  minScore: 80,
  weeklyCap: 3,
  includeCompanies: [],
  excludeCompanies: ['Evil Corp'],
  requiredKeywords: ['TypeScript', 'C++'],
  activeDays: [1, 2, 3, 4, 5],
  dryRun: false,
  autoApprove: false,
};
const job: Candidate = {
  jobId: 'j1',
  personaId: 'backend',
  score: 86.4,
  company: 'Acme',
  title: 'Senior TypeScript Engineer',
  description: 'Node, C++ interop, Postgres.',
};
const wednesday = new Date('2026-12-02T10:00:00Z');
const saturday = new Date('2026-12-05T10:00:00Z');
const decide = (r: Partial<AutoApplyRule>, j: Partial<Candidate> = {}, queuedThisWeek = 0, now = wednesday) =>
  evaluateRule({ ...rule, ...r }, { ...job, ...j }, { now, queuedThisWeek });

describe('auto-apply rules', () => {
  it('only proposes by default, with the reason', () => {
    expect(decide({})).toEqual({
      ruleId: 'r1',
      jobId: 'j1',
      decision: 'needs_review',
      reason: 'Proposed for your approval (match 86 ≥ 80).',
    });
  });

  it('queues without review only under the explicit opt-in, bounded by the weekly cap', () => {
    expect(decide({ autoApprove: true }, {}, 1)).toMatchObject({
      decision: 'queued',
      reason: /2 of 3 this week/,
    });
    expect(decide({ autoApprove: true }, {}, 3)).toMatchObject({
      decision: 'limit_reached',
      reason: /3 of 3/,
    });
    expect(decide({}, {}, 3).decision).toBe('limit_reached');
  });

  it('dry run logs what it would do and queues nothing', () => {
    expect(decide({ dryRun: true, autoApprove: true })).toMatchObject({
      decision: 'dry_run',
      reason: /would queue/,
    });
    expect(decide({ dryRun: true })).toMatchObject({ decision: 'dry_run', reason: /would propose/ });
  });

  it('skips with a specific reason: off, persona, companies, score, keywords, day', () => {
    const reason = (r: Partial<AutoApplyRule>, j: Partial<Candidate> = {}, now = wednesday) => {
      const d = decide(r, j, 0, now);
      expect(d.decision).toBe('skipped');
      return d.reason;
    };
    expect(reason({ enabled: false })).toMatch(/turned off/);
    expect(reason({}, { personaId: 'data' })).toMatch(/another persona/);
    expect(reason({}, { company: '  evil   corp ' })).toMatch(/exclude list/);
    expect(reason({ includeCompanies: ['Globex'] })).toMatch(/include-only/);
    expect(decide({ includeCompanies: ['ACME'] }).decision).toBe('needs_review');
    expect(reason({}, { score: 79.4 })).toBe("Match score 79 is below the rule's 80.");
    expect(reason({}, { score: null })).toMatch(/no match score/);
    expect(reason({}, { description: 'Node and Postgres' })).toBe('Missing required keyword(s): C++.');
    // A keyword is a whole word: "Java" is not found in "JavaScript".
    expect(reason({ requiredKeywords: ['Java'] }, { title: 'JavaScript dev', description: '' })).toMatch(
      /Java/,
    );
    expect(reason({}, {}, saturday)).toBe("Sat is not one of the rule's active days.");
  });

  it('reads the weekday in the user’s time zone', () => {
    const lateSundayUtc = new Date('2026-12-06T23:30:00Z');
    expect(isoWeekday(lateSundayUtc)).toBe(7);
    expect(isoWeekday(lateSundayUtc, 60)).toBe(1); // already Monday in Berlin
  });
});
