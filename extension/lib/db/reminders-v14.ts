// Dexie v14: reminders sync (shared/reminders/decision.ts says what syncs). Done and Snooze move from the
// device's `reminders` rows into `reminderDecisions` (synced, keyed by an id both devices derive from the
// reminder's key); `reminders` keeps only what this device notified. A job's own follow-up days gain the
// edit time last-writer-wins compares.
import Dexie, { type Transaction } from 'dexie';
import { type ReminderDecision, reminderDecisionId } from '../../../shared/reminders/decision.ts';

interface V11Reminder {
  key: string;
  jobId: string;
  doneAt?: string;
  snoozedUntil?: string;
  notifiedAt?: string;
  updatedAt: string;
}

export async function moveReminderDecisions(tx: Transaction): Promise<void> {
  const old = (await tx.table('reminders').toArray()) as V11Reminder[];
  const decided = old.filter((r) => r.doneAt || r.snoozedUntil);
  // waitFor keeps the upgrade transaction open across Web Crypto's promise.
  const ids = await Dexie.waitFor(Promise.all(decided.map((r) => reminderDecisionId(r.key))));
  const decisions: ReminderDecision[] = decided.map((r, i) => ({
    id: ids[i] ?? '',
    key: r.key,
    jobId: r.jobId,
    ...(r.doneAt ? { doneAt: r.doneAt } : {}),
    ...(r.snoozedUntil ? { snoozedUntil: r.snoozedUntil } : {}),
    updatedAt: r.updatedAt,
  }));
  await tx.table('reminderDecisions').bulkPut(decisions);
  await tx.table('reminders').clear();
  await tx
    .table('reminders')
    .bulkPut(
      old.filter((r) => r.notifiedAt).map((r) => ({ key: r.key, jobId: r.jobId, notifiedAt: r.notifiedAt })),
    );
  const stamp = new Date().toISOString();
  await tx
    .table('followUps')
    .toCollection()
    .modify((row: { updatedAt?: string }) => {
      row.updatedAt ??= stamp;
    });
}
