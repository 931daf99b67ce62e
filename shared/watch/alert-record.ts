// The synced alert as a record another device (or a hostile client) sends: what the sync function accepts
// before it writes public.job_alerts. Lengths follow FIELD_LIMITS, as the SQL CHECKs do.
import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/common.ts';
import { boundedText, FIELD_LIMITS } from '../domain/limits.ts';
import { ALERT_FREQUENCIES, boardProblem, WATCHED_ATS } from './alert.ts';

const listItem = boundedText(FIELD_LIMITS.listItem);
const list = z.array(listItem).max(FIELD_LIMITS.listItems);

export const WatchAlertRecord = z
  .object({
    id: Id,
    ats: z.enum(WATCHED_ATS),
    board: boundedText(FIELD_LIMITS.shortText),
    name: boundedText(FIELD_LIMITS.company).refine((name) => name.trim() !== '', 'Give the company a name'),
    frequency: z.enum(ALERT_FREQUENCIES),
    criteria: z.object({ titles: list, locations: list, remoteOnly: z.boolean() }),
    minScore: z.number().int().min(0).max(100),
    enabled: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((alert, ctx) => {
    const problem = boardProblem(alert);
    if (problem) ctx.addIssue({ code: 'custom', path: ['board'], message: problem });
  });
export type WatchAlertRecord = z.infer<typeof WatchAlertRecord>;
