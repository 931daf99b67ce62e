import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, PayPeriod, WebUrl, WorkType } from './common.ts';
import { boundedJson, boundedText, FIELD_LIMITS } from './limits.ts';
import { Provenance } from './provenance.ts';
import { Stage } from './stages.ts';

export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: Currency.nullable(),
  period: PayPeriod.nullable(),
  /** The text it was read from, shown beside the parsed value. */
  text: boundedText(FIELD_LIMITS.shortText).optional(),
});
export type Salary = z.infer<typeof Salary>;

const ShortText = boundedText(FIELD_LIMITS.shortText);
const ListItem = boundedText(FIELD_LIMITS.listItem);
const List = <T extends z.ZodType>(item: T) =>
  z.array(item).max(FIELD_LIMITS.listItems, `At most ${FIELD_LIMITS.listItems} entries`);

export const Location = z.object({
  raw: ShortText,
  city: ShortText.optional(),
  region: ShortText.optional(),
  /** ISO 3166-1 alpha-2 where known. */
  country: ShortText.optional(),
});
export type Location = z.infer<typeof Location>;

export const EmploymentType = z.enum(['full_time', 'part_time', 'contract', 'internship', 'temporary']);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const AtsRef = z.object({
  ats: z.enum([
    'greenhouse',
    'lever',
    'ashby',
    'workday',
    'linkedin',
    'indeed',
    'smartrecruiters',
    'workable',
    'other',
  ]),
  id: ShortText.min(1),
  /** Board token / tenant / company slug, needed to call the ATS's public API. */
  board: ShortText.optional(),
});
export type AtsRef = z.infer<typeof AtsRef>;

/** The fields read off a posting. Every one is optional: pages leave things out. */
export const PostingFields = z.object({
  title: boundedText(FIELD_LIMITS.title).min(1),
  company: boundedText(FIELD_LIMITS.company).min(1),
  locations: boundedJson(List(Location)),
  /** remote / hybrid / onsite; null when the page does not say. */
  workType: WorkType.nullable(),
  salary: Salary.nullable(),
  employmentType: EmploymentType.nullable(),
  /** Sanitized HTML (shared/capture sanitizeHtmlString) before it is stored or shown. */
  descriptionHtml: boundedText(FIELD_LIMITS.descriptionHtml),
  descriptionText: boundedText(FIELD_LIMITS.descriptionText),
  requirements: z.object({ required: List(ListItem), preferred: List(ListItem) }),
  applyUrl: WebUrl.nullable(),
  postedAt: IsoDate.nullable(),
  validThrough: IsoDate.nullable(),
});
export type PostingFields = z.infer<typeof PostingFields>;
export type PostingField = keyof PostingFields;

/** The outcome of asking the ATS's public API for what the page lacked (kept with the job). */
export const Enrichment = z.object({
  api: z.string(),
  ok: z.boolean(),
  at: IsoDateTime,
  filled: z.array(z.string()).optional(),
  message: z.string().optional(),
});
export type Enrichment = z.infer<typeof Enrichment>;

/** What a content script hands the background: the fields found, with where each came from. */
export const JobDraft = z.object({
  url: z.string().url(),
  canonicalUrl: z.string().url(),
  ats: AtsRef.nullable(),
  fields: PostingFields.partial(),
  provenance: z.record(z.string(), Provenance),
  /** Fields the extractor could not find; the UI flags them. */
  gaps: z.array(z.string()),
  extractedAt: IsoDateTime,
  enrichment: Enrichment.optional(),
});
export type JobDraft = z.infer<typeof JobDraft>;

export const Job = PostingFields.partial().extend({
  id: Id,
  title: boundedText(FIELD_LIMITS.title).min(1),
  company: boundedText(FIELD_LIMITS.company),
  url: WebUrl,
  canonicalUrl: WebUrl,
  ats: AtsRef.nullable(),
  /** Other URLs (other boards) confirmed to be this same job. */
  aliases: List(WebUrl),
  /** company + title + location, normalized: proposes "same job" links across boards. */
  fuzzyKey: ShortText,
  provenance: boundedJson(z.record(z.string(), Provenance)),
  /** Fields the user edited by hand; a later capture never overwrites them. */
  userEdited: List(ListItem),
  gaps: List(ListItem),
  enrichment: Enrichment.optional(),
  stage: Stage,
  excitement: z.number().int().min(1).max(5).nullable(),
  deadline: IsoDate.nullable(),
  notes: boundedText(FIELD_LIMITS.notes),
  /** The user's own labels, to group and filter the board by (tags.ts keeps them tidy). Absent on older rows. */
  tags: z
    .array(boundedText(FIELD_LIMITS.tag).trim().min(1, 'A tag needs a word'))
    .max(FIELD_LIMITS.tags, `At most ${FIELD_LIMITS.tags} tags`)
    .optional(),
  /** Set when the user archived the job: it leaves the board (kept, searchable under "Archived"). */
  archivedAt: IsoDateTime.nullable().optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  stageChangedAt: IsoDateTime,
});
export type Job = z.infer<typeof Job>;
