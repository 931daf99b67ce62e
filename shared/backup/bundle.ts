/**
 * The whole backup: the domain's export bundle plus the records of features built on it (reminders'
 * decisions, jobs' follow-up days, watched companies). Those schemas live with their features, which
 * import the domain, so the domain cannot hold them: this module puts the two together. Files written
 * before these sections existed still import (each defaults to empty).
 */
import { z } from 'zod';
import { bundleFromJson, damagedFile, type ExportBundle, readExportJson } from '../domain/export-bundle.ts';
import { JobFollowUp, ReminderDecision } from '../reminders/decision.ts';
import { WatchAlertRecord } from '../watch/alert-record.ts';

export const BackupExtras = z.object({
  reminderDecisions: z.array(ReminderDecision).default([]),
  followUps: z.array(JobFollowUp).default([]),
  watchAlerts: z.array(WatchAlertRecord).default([]),
});
export type BackupExtras = z.infer<typeof BackupExtras>;
export type Backup = ExportBundle & BackupExtras;

/** Parses a backup file whole; throws an ImportError naming the first damaged place. */
export function parseBackup(text: string): Backup {
  const raw = readExportJson(text);
  const bundle = bundleFromJson(raw);
  const extras = BackupExtras.safeParse(raw);
  if (!extras.success) throw damagedFile(extras.error);
  return { ...bundle, ...extras.data };
}
