import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, PayPeriod, WorkType } from './common.ts';
import { Provenance } from './provenance.ts';
import { Stage } from './stages.ts';

export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: Currency.nullable(),
  period: PayPeriod.nullable(),
  /** The text it was read from, shown beside the parsed value. */
  text: z.string().optional(),
});
export type Salary = z.infer<typeof Salary>;

export const Location = z.object({
  raw: z.string(),
  city: z.string().optional(),
  region: z.string().optional(),
  /** ISO 3166-1 alpha-2 where known. */
  country: z.string().optional(),
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
  id: z.string().min(1),
  /** Board token / tenant / company slug, needed to call the ATS's public API. */
  board: z.string().optional(),
});
export type AtsRef = z.infer<typeof AtsRef>;

/** The fields read off a posting. Every one is optional: pages leave things out. */
export const PostingFields = z.object({
  title: z.string().min(1),
  company: z.string().min(1),
  locations: z.array(Location),
  /** remote / hybrid / onsite; null when the page does not say. */
  workType: WorkType.nullable(),
  salary: Salary.nullable(),
  employmentType: EmploymentType.nullable(),
  descriptionHtml: z.string(),
  descriptionText: z.string(),
  requirements: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  applyUrl: z.string().url().nullable(),
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
  title: z.string().min(1),
  company: z.string(),
  url: z.string().url(),
  canonicalUrl: z.string().url(),
  ats: AtsRef.nullable(),
  /** Other URLs (other boards) confirmed to be this same job. */
  aliases: z.array(z.string()),
  /** company + title + location, normalized: proposes "same job" links across boards. */
  fuzzyKey: z.string(),
  provenance: z.record(z.string(), Provenance),
  /** Fields the user edited by hand; a later capture never overwrites them. */
  userEdited: z.array(z.string()),
  gaps: z.array(z.string()),
  enrichment: Enrichment.optional(),
  stage: Stage,
  excitement: z.number().int().min(1).max(5).nullable(),
  deadline: IsoDate.nullable(),
  notes: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  stageChangedAt: IsoDateTime,
});
export type Job = z.infer<typeof Job>;
