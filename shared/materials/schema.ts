// What a generation returns, one zod schema per kind. Every sentence or bullet is a Claim that names
// the profile items it rests on; `validate.ts` checks each claim against exactly those items.
// Shapes follow OpenAI's strict Structured Outputs subset (every key required, no optional keys,
// nullable instead), so the same schema goes to every provider (see json-schema.ts).
import { z } from 'zod';

/** A profile item id (see sources.ts): `exp:<id>`, `exp:<id>:<n>`, `proj:<id>`, `edu:<id>`, `cert:<id>`, `skill:<key>`, or `job`/`posting`/`employer`. */
export const SourceId = z.string().min(1).max(120);

export const Claim = z
  .object({
    text: z.string().min(1).max(600),
    sources: z.array(SourceId).max(8),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

export const TONES = ['formal', 'warm', 'enthusiastic'] as const;
export const LENGTHS = ['short', 'standard', 'long'] as const;
export const CULTURES = ['corporate', 'startup', 'public_sector', 'academic'] as const;
export const Tone = z.enum(TONES);
export const Length = z.enum(LENGTHS);
export const Culture = z.enum(CULTURES);
export type Tone = z.infer<typeof Tone>;
export type Length = z.infer<typeof Length>;
export type Culture = z.infer<typeof Culture>;

/** Role headers (title, employer, dates) are rendered from the profile by id, never by the model. */
const Section = z.object({ itemId: SourceId, bullets: z.array(Claim).max(12) }).strict();

export const ResumeDoc = z
  .object({
    kind: z.literal('resume'),
    summary: z.array(Claim).max(4),
    skills: z.array(
      z.object({ name: z.string().min(1).max(80), sources: z.array(SourceId).max(8) }).strict(),
    ),
    experience: z.array(Section).max(20),
    projects: z.array(Section).max(10),
    education: z.array(SourceId).max(10),
    certifications: z.array(SourceId).max(20),
  })
  .strict();
export type ResumeDoc = z.infer<typeof ResumeDoc>;

export const CoverLetterDoc = z
  .object({
    kind: z.literal('cover_letter'),
    tone: Tone,
    length: Length,
    culture: Culture,
    paragraphs: z.array(z.object({ sentences: z.array(Claim).max(8) }).strict()).max(6),
  })
  .strict();
export type CoverLetterDoc = z.infer<typeof CoverLetterDoc>;

export const AnswersDoc = z
  .object({
    kind: z.literal('answers'),
    answers: z.array(z.object({ question: z.string().min(1), sentences: z.array(Claim).max(6) }).strict()),
  })
  .strict();
export type AnswersDoc = z.infer<typeof AnswersDoc>;

/** Skills to surface (the person has them) and the posting's asks they lack, said honestly, never added. */
export const SkillsDoc = z
  .object({
    kind: z.literal('skills_optimization'),
    surface: z.array(
      z.object({ skill: z.string().min(1), requirement: z.string(), sources: z.array(SourceId) }).strict(),
    ),
    missing: z.array(
      z.object({ skill: z.string().min(1), requirement: z.string(), required: z.boolean() }).strict(),
    ),
  })
  .strict();
export type SkillsDoc = z.infer<typeof SkillsDoc>;

/** A brief from the posting and the employer text the user captured; no web search. */
export const CompanyBriefDoc = z
  .object({ kind: z.literal('company_research'), sentences: z.array(Claim).max(12) })
  .strict();
export type CompanyBriefDoc = z.infer<typeof CompanyBriefDoc>;

export const MATERIAL_KINDS = [
  'resume',
  'cover_letter',
  'answers',
  'skills_optimization',
  'company_research',
] as const;
export const MaterialKind = z.enum(MATERIAL_KINDS);
export type MaterialKind = z.infer<typeof MaterialKind>;

export const DOC_SCHEMAS = {
  resume: ResumeDoc,
  cover_letter: CoverLetterDoc,
  answers: AnswersDoc,
  skills_optimization: SkillsDoc,
  company_research: CompanyBriefDoc,
} as const;

export const MaterialDoc = z.discriminatedUnion('kind', [
  ResumeDoc,
  CoverLetterDoc,
  AnswersDoc,
  SkillsDoc,
  CompanyBriefDoc,
]);
export type MaterialDoc = z.infer<typeof MaterialDoc>;
export type DocOf<K extends MaterialKind> = Extract<MaterialDoc, { kind: K }>;

/** What the user asked for: the cover letter's options and the application's custom questions. */
export const MaterialOptions = z
  .object({
    tone: Tone.default('formal'),
    length: Length.default('standard'),
    culture: Culture.default('corporate'),
    questions: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  })
  .strict();
export type MaterialOptions = z.infer<typeof MaterialOptions>;
