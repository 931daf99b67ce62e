// What the server accepts from a client for jobs and stage events, checked before any column mapping
// (tables.ts). Client rows are camelCase domain objects (shared/domain Job, StageEvent).
import { z } from 'zod';
import { boundedJson, boundedText, FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { StageCause } from '../../shared/domain/stages.ts';

const Text = (max: number) => boundedText(max);
const List = (max: number, items: number = FIELD_LIMITS.listItems) =>
  z.array(boundedText(max)).max(items, `At most ${items} entries`);
const HttpUrl = boundedText(FIELD_LIMITS.url).regex(/^https?:\/\//, 'Must be an http(s) URL');
const JsonField = boundedJson(z.unknown());

/**
 * The fields the server needs to be sure of, and every text or list a client could make huge (limits from
 * shared/domain/limits.ts, backed by SQL CHECKs). Postgres checks the rest; a failure rejects that row only.
 */
export const ClientJob = z
  .object({
    id: z.string().uuid(),
    title: Text(FIELD_LIMITS.title).min(1),
    company: Text(FIELD_LIMITS.company).default(''),
    url: HttpUrl,
    canonicalUrl: HttpUrl,
    stage: z.string(),
    createdAt: z.string().datetime({ offset: true }),
    updatedAt: z.string().datetime({ offset: true }),
    stageChangedAt: z.string().datetime({ offset: true }).optional(),
    aliases: z.array(HttpUrl).max(FIELD_LIMITS.listItems).default([]),
    fuzzyKey: Text(FIELD_LIMITS.shortText).nullish(),
    ats: z
      .object({
        ats: z.string(),
        id: Text(FIELD_LIMITS.shortText),
        board: Text(FIELD_LIMITS.shortText).nullish(),
      })
      .nullish(),
    salary: z
      .object({ text: Text(FIELD_LIMITS.shortText).nullish() })
      .passthrough()
      .nullish(),
    descriptionHtml: Text(FIELD_LIMITS.descriptionHtml).nullish(),
    descriptionText: Text(FIELD_LIMITS.descriptionText).nullish(),
    requirements: z
      .object({
        required: List(FIELD_LIMITS.listItem).nullish(),
        preferred: List(FIELD_LIMITS.listItem).nullish(),
      })
      .nullish(),
    applyUrl: Text(FIELD_LIMITS.url).nullish(),
    locations: JsonField.optional(),
    provenance: JsonField.optional(),
    userEdited: List(FIELD_LIMITS.listItem).nullish(),
    gaps: List(FIELD_LIMITS.listItem).nullish(),
    notes: Text(FIELD_LIMITS.notes).nullish(),
    archivedAt: z.string().datetime({ offset: true }).nullish(),
    tags: List(FIELD_LIMITS.tag, FIELD_LIMITS.tags).nullish(),
  })
  .passthrough();

export const ClientStageEvent = z.object({
  id: z.string().uuid(),
  jobId: z.string().uuid(),
  from: z.string().nullable(),
  to: z.string(),
  at: z.string().datetime({ offset: true }),
  cause: StageCause,
  note: Text(FIELD_LIMITS.stageNote).optional(),
});
export type ClientStageEvent = z.infer<typeof ClientStageEvent>;
