// Auto-apply in the extension: rules and their log live in this browser (scores and personas do), one pass
// decides through the shared planner, and the shell only moves data: log every decision, queue the ones a
// rule may queue on its own (explicit opt-in, within the weekly cap). A queue that fails leaves a proposal.
import { newId, nowIso } from '../../../shared/domain/index.ts';
import type { Candidate } from '../../../shared/submission/auto-apply.ts';
import { planAutoApply } from '../../../shared/submission/auto-apply-plan.ts';
import {
  type AutoApplyLogDecision,
  type AutoApplyLogEntry,
  AutoApplyRuleRecord,
} from '../../../shared/submission/auto-apply-rules.ts';
import type { JobrakerDatabase } from '../db/database.ts';

/** Queues one job for Skyvern exactly as the review shows it (submissions.ts in the extension). */
export type QueueJob = (jobId: string) => Promise<unknown>;

export async function saveRule(db: JobrakerDatabase, input: unknown): Promise<AutoApplyRuleRecord> {
  const parsed = AutoApplyRuleRecord.safeParse({ ...(input as object), updatedAt: nowIso() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  await db.autoApplyRules.put(parsed.data);
  return parsed.data;
}

export async function deleteRule(db: JobrakerDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.autoApplyRules, db.autoApplyLog, async () => {
    await db.autoApplyRules.delete(id);
    await db.autoApplyLog.where('ruleId').equals(id).delete();
  });
}

async function candidates(db: JobrakerDatabase): Promise<Candidate[]> {
  const jobs = await db.jobs.where('stage').equals('saved').toArray();
  const matches = new Map((await db.matches.toArray()).map((m) => [m.jobId, m]));
  return jobs.map((j) => ({
    jobId: j.id,
    personaId: matches.get(j.id)?.personaId ?? null,
    score: matches.get(j.id)?.score ?? null,
    company: j.company,
    title: j.title,
    description: j.descriptionText ?? '',
  }));
}

function logEntry(
  d: { ruleId: string; jobId: string; decision: AutoApplyLogDecision; reason: string },
  score: number | null,
): AutoApplyLogEntry {
  return { id: newId(), ...d, score, at: nowIso() };
}

/** One pass over the saved jobs. Returns the decisions it logged. */
export async function runAutoApply(
  db: JobrakerDatabase,
  queue: QueueJob,
  now = new Date(),
): Promise<AutoApplyLogEntry[]> {
  const jobs = await candidates(db);
  const decisions = planAutoApply({
    rules: await db.autoApplyRules.toArray(),
    candidates: jobs,
    log: await db.autoApplyLog.toArray(),
    now,
    offsetMinutes: -now.getTimezoneOffset(),
  });
  const score = (jobId: string) => jobs.find((j) => j.jobId === jobId)?.score ?? null;
  const logged: AutoApplyLogEntry[] = [];
  for (const d of decisions) {
    let entry = logEntry(d, score(d.jobId));
    if (d.decision === 'queued') {
      try {
        await queue(d.jobId);
      } catch (error) {
        const why = `Could not queue it on its own (${(error as Error).message}); it waits for your approval.`;
        entry = logEntry({ ...d, decision: 'needs_review', reason: why }, entry.score);
      }
    }
    await db.autoApplyLog.add(entry);
    logged.push(entry);
  }
  return logged;
}

/** The user acted on a proposal: approved it (through the review) or dismissed it. Logged like the rest. */
export async function resolveProposal(
  db: JobrakerDatabase,
  jobId: string,
  decision: 'approved' | 'dismissed',
): Promise<AutoApplyLogEntry | null> {
  const open = (await db.autoApplyLog.where('jobId').equals(jobId).sortBy('at')).at(-1);
  if (open?.decision !== 'needs_review') return null;
  const reason = decision === 'approved' ? 'You approved the review; it is queued.' : 'You dismissed it.';
  const entry = logEntry({ ruleId: open.ruleId, jobId, decision, reason }, open.score);
  await db.autoApplyLog.add(entry);
  return entry;
}
