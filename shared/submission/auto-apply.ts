// Auto-apply rules (per persona): decide, for one scored job, whether a rule queues it, proposes it for
// approval, would queue it (dry run), or skips it, and say why. Every decision is logged with its reason
// (auto_apply_log). By default a rule only proposes; queueing without a review is an explicit opt-in
// (autoApprove) and stays bounded by the weekly cap.

import { escapeRegExp } from '../text/escape-regexp.ts';

export interface AutoApplyRule {
  id: string;
  enabled: boolean;
  personaId: string | null; // null: any persona
  minScore: number; // 0-100
  weeklyCap: number;
  includeCompanies: string[]; // non-empty: only these
  excludeCompanies: string[];
  requiredKeywords: string[]; // every one must appear in the title or description
  activeDays: number[]; // ISO weekdays, 1 = Monday … 7 = Sunday
  dryRun: boolean;
  autoApprove: boolean;
}

export interface Candidate {
  jobId: string;
  personaId: string | null;
  score: number | null;
  company: string;
  title: string;
  description: string;
}

export type AutoApplyDecision = 'queued' | 'needs_review' | 'dry_run' | 'skipped' | 'limit_reached';

export interface RuleDecision {
  ruleId: string;
  jobId: string;
  decision: AutoApplyDecision;
  reason: string;
}

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** ISO weekday (1 = Monday) of `now` in the user's time zone offset (minutes east of UTC). */
export function isoWeekday(now: Date, offsetMinutes = 0): number {
  const day = new Date(now.getTime() + offsetMinutes * 60_000).getUTCDay();
  return day === 0 ? 7 : day;
}

function hasKeyword(text: string, keyword: string): boolean {
  const k = escapeRegExp(norm(keyword));
  return new RegExp(`(^|[^\\p{L}\\p{N}])${k}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function evaluateRule(
  rule: AutoApplyRule,
  job: Candidate,
  context: { now: Date; offsetMinutes?: number; queuedThisWeek: number },
): RuleDecision {
  const decide = (decision: AutoApplyDecision, reason: string): RuleDecision => ({
    ruleId: rule.id,
    jobId: job.jobId,
    decision,
    reason,
  });
  if (!rule.enabled) return decide('skipped', 'The rule is turned off.');
  if (rule.personaId && rule.personaId !== job.personaId)
    return decide('skipped', 'The job is matched against another persona.');
  const company = norm(job.company);
  if (rule.excludeCompanies.some((c) => norm(c) === company))
    return decide('skipped', `${job.company} is on the rule's exclude list.`);
  if (rule.includeCompanies.length > 0 && !rule.includeCompanies.some((c) => norm(c) === company))
    return decide('skipped', `${job.company || 'This company'} is not on the rule's include-only list.`);
  if (job.score === null) return decide('skipped', 'The job has no match score yet.');
  if (job.score < rule.minScore)
    return decide('skipped', `Match score ${Math.round(job.score)} is below the rule's ${rule.minScore}.`);
  const text = norm(`${job.title} ${job.description}`);
  const missing = rule.requiredKeywords.filter((k) => norm(k) && !hasKeyword(text, k));
  if (missing.length > 0) return decide('skipped', `Missing required keyword(s): ${missing.join(', ')}.`);
  const day = isoWeekday(context.now, context.offsetMinutes);
  if (!rule.activeDays.includes(day))
    return decide('skipped', `${DAY_NAMES[day]} is not one of the rule's active days.`);
  if (context.queuedThisWeek >= rule.weeklyCap)
    return decide(
      'limit_reached',
      `The weekly cap is reached (${context.queuedThisWeek} of ${rule.weeklyCap}).`,
    );
  const why = `match ${Math.round(job.score)} ≥ ${rule.minScore}`;
  if (rule.dryRun)
    return decide('dry_run', `Dry run: would ${rule.autoApprove ? 'queue' : 'propose'} (${why}).`);
  if (rule.autoApprove)
    return decide(
      'queued',
      `Auto-approved within the rule (${why}; ${context.queuedThisWeek + 1} of ${rule.weeklyCap} this week).`,
    );
  return decide('needs_review', `Proposed for your approval (${why}).`);
}
