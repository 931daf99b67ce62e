// Auto-apply rules as the user keeps them, and the log of every decision taken under them. The evaluator
// (auto-apply.ts) decides one rule and one job; the planner (auto-apply-plan.ts) decides which pairs to
// look at and counts the weekly cap. User actions on a proposal (approved, dismissed) are logged too.
import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/common.ts';
import type { AutoApplyDecision } from './auto-apply.ts';

const names = z.array(z.string().trim().min(1).max(200)).max(100);

export const AutoApplyRuleRecord = z.object({
  id: Id,
  name: z.string().trim().min(1, 'Name the rule').max(120),
  enabled: z.boolean(),
  personaId: Id.nullable(),
  minScore: z.number().min(0, 'The score threshold is 0 to 100').max(100, 'The score threshold is 0 to 100'),
  weeklyCap: z.number().int().min(1, 'The weekly cap is 1 to 200').max(200, 'The weekly cap is 1 to 200'),
  includeCompanies: names,
  excludeCompanies: names,
  requiredKeywords: names,
  activeDays: z.array(z.number().int().min(1).max(7)).min(1, 'Pick at least one active day').max(7),
  dryRun: z.boolean(),
  /** Explicit opt-in: queue without asking, within the weekly cap. Off by default. */
  autoApprove: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type AutoApplyRuleRecord = z.infer<typeof AutoApplyRuleRecord>;

/** A new rule: proposes only, weekdays, a modest cap. */
export function defaultRule(id: string, now: string): AutoApplyRuleRecord {
  return {
    id,
    name: 'Strong matches',
    enabled: true,
    personaId: null,
    minScore: 80,
    weeklyCap: 5,
    includeCompanies: [],
    excludeCompanies: [],
    requiredKeywords: [],
    activeDays: [1, 2, 3, 4, 5],
    dryRun: false,
    autoApprove: false,
    createdAt: now,
    updatedAt: now,
  };
}

export type AutoApplyLogDecision = AutoApplyDecision | 'approved' | 'dismissed';

export interface AutoApplyLogEntry {
  id: string;
  ruleId: string;
  jobId: string;
  decision: AutoApplyLogDecision;
  reason: string;
  score: number | null;
  at: string;
}

export const AUTO_APPLY_DECISION_LABELS: Record<AutoApplyLogDecision, string> = {
  queued: 'Queued',
  needs_review: 'Proposed',
  dry_run: 'Dry run',
  skipped: 'Skipped',
  limit_reached: 'Cap reached',
  approved: 'You approved',
  dismissed: 'You dismissed',
};
