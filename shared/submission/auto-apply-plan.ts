// One pass of the auto-apply rules over the saved jobs: which (rule, job) pairs to decide, the weekly cap as
// it fills during the pass, and which decisions are new enough to log. Pure: the extension loads the data,
// runs this, writes the log and queues the `queued` ones.
import { type Candidate, evaluateRule, type RuleDecision } from './auto-apply.ts';
import type { AutoApplyLogEntry, AutoApplyRuleRecord } from './auto-apply-rules.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Decisions that settle a pair until the rule is edited; skips and a full cap are looked at again. */
const SETTLED = new Set(['queued', 'needs_review', 'dry_run', 'approved', 'dismissed']);
/** Decisions that use a rule's weekly cap. A dry run also counts its own would-be ones (to show where the
 * cap would stop it), but those never count against the rule once it runs for real. */
const COUNTED = new Set(['queued', 'needs_review']);
const countedFor = (rule: { dryRun: boolean }, decision: string) =>
  COUNTED.has(decision) || (rule.dryRun && decision === 'dry_run');
/** A job one rule queued or proposed, or that the user approved or dismissed, is not taken up again. */
const CLAIMED = new Set(['queued', 'needs_review', 'approved', 'dismissed']);

export interface PlanInput {
  rules: AutoApplyRuleRecord[];
  candidates: Candidate[];
  log: AutoApplyLogEntry[];
  now: Date;
  offsetMinutes?: number;
}

/** The decisions to log, in order. Repeats of the last logged skip for a pair are left out. */
export function planAutoApply(input: PlanInput): RuleDecision[] {
  const { rules, candidates, log, now } = input;
  const latest = new Map<string, AutoApplyLogEntry>();
  const claimed = new Set<string>();
  const thisWeek: AutoApplyLogEntry[] = [];
  const since = now.getTime() - WEEK_MS;
  for (const e of [...log].sort((a, b) => a.at.localeCompare(b.at))) {
    latest.set(`${e.ruleId} ${e.jobId}`, e);
    if (CLAIMED.has(e.decision)) claimed.add(e.jobId);
    if (Date.parse(e.at) >= since) thisWeek.push(e);
  }
  const used = new Map<string, number>(
    rules.map((r) => [r.id, thisWeek.filter((e) => e.ruleId === r.id && countedFor(r, e.decision)).length]),
  );
  const out: RuleDecision[] = [];
  const ordered = [...rules].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const rule of ordered) {
    if (!rule.enabled) continue;
    for (const job of candidates) {
      if (claimed.has(job.jobId)) continue;
      const last = latest.get(`${rule.id} ${job.jobId}`);
      const fresh = !last || last.at < rule.updatedAt;
      if (!fresh && SETTLED.has(last.decision)) continue;
      const queuedThisWeek = used.get(rule.id) ?? 0;
      const decision = evaluateRule(rule, job, { now, offsetMinutes: input.offsetMinutes, queuedThisWeek });
      if (!fresh && last.decision === decision.decision && last.reason === decision.reason) continue;
      out.push(decision);
      if (countedFor(rule, decision.decision)) used.set(rule.id, queuedThisWeek + 1);
      if (CLAIMED.has(decision.decision)) claimed.add(job.jobId);
    }
  }
  return out;
}
