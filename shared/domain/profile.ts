import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, IsoMonth, PayPeriod, WebUrl, WorkType } from './common.ts';

const optionalText = z.string().trim().optional();
const optionalUrl = z.union([WebUrl, z.literal('')]).optional();

export const Experience = z.object({
  id: Id,
  title: z.string().trim().min(1, 'Add the job title'),
  company: z.string().trim().min(1, 'Add the company'),
  location: optionalText,
  start: IsoMonth.optional(),
  end: IsoMonth.optional(),
  current: z.boolean(),
  bullets: z.array(z.string()),
});
export type Experience = z.infer<typeof Experience>;

export const Education = z.object({
  id: Id,
  school: z.string().trim().min(1, 'Add the school'),
  degree: optionalText,
  field: optionalText,
  start: IsoMonth.optional(),
  end: IsoMonth.optional(),
  gpa: optionalText,
});
export type Education = z.infer<typeof Education>;

export const Proficiency = z.enum(['beginner', 'intermediate', 'advanced', 'expert']);
export const Skill = z.object({
  name: z.string().trim().min(1),
  proficiency: Proficiency.optional(),
  years: z.number().min(0).max(60).optional(),
  source: z.enum(['resume', 'input', 'inferred']),
});
export type Skill = z.infer<typeof Skill>;

export const Certification = z.object({
  id: Id,
  name: z.string().trim().min(1),
  issuer: optionalText,
  date: IsoMonth.optional(),
});
export const Project = z.object({
  id: Id,
  name: z.string().trim().min(1),
  description: optionalText,
  url: optionalUrl,
  skills: z.array(z.string()),
});

export const SalaryExpectation = z
  .object({
    currency: Currency,
    min: z.number().nonnegative().nullable(),
    max: z.number().nonnegative().nullable(),
    period: PayPeriod,
  })
  .refine((s) => s.min == null || s.max == null || s.min <= s.max, {
    message: 'The minimum salary is above the maximum',
    path: ['max'],
  });

/**
 * Demographic answers. Autofill uses them only when the user chose an answer here;
 * an empty value means "leave it to me", never a guess.
 */
export const EeoChoices = z.object({
  gender: optionalText,
  race: optionalText,
  veteranStatus: optionalText,
  disabilityStatus: optionalText,
});

/** A job title the person is after; no trimming here, so the options page can hold "Backend " while typing. */
export const TargetTitle = z
  .string()
  .max(100, 'A target title is at most 100 characters: name the job title alone');

const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code like SG');

export const Profile = z.object({
  id: Id,
  contact: z.object({
    firstName: optionalText,
    lastName: optionalText,
    email: z.union([z.string().email('Enter an email like name@example.com'), z.literal('')]).optional(),
    phone: optionalText,
  }),
  links: z.object({
    linkedin: optionalUrl,
    github: optionalUrl,
    portfolio: optionalUrl,
    website: optionalUrl,
  }),
  location: z.object({
    addressLine1: optionalText,
    city: optionalText,
    region: optionalText,
    postalCode: optionalText,
    /** ISO 3166-1 alpha-2. */
    country: optionalText,
    willingToRelocate: z.boolean().optional(),
    /**
     * Where a move is welcome (ISO alpha-2), when the person names it ("within the EU", "to the UK"):
     * a move elsewhere is one they would not make. Empty or absent: anywhere.
     */
    relocateTo: z.array(CountryCode).max(40).optional(),
  }),
  /** Countries (ISO alpha-2) the person may work in without sponsorship. */
  workAuthorization: z.array(z.string()),
  requiresSponsorship: z.boolean().nullable(),
  /**
   * Countries (ISO alpha-2) the person is a citizen of, and where they hold permanent residence:
   * some postings are open to citizens (or citizens and permanent residents) only. Absent = not said.
   */
  citizenship: z.array(CountryCode).max(20).optional(),
  permanentResidence: z.array(CountryCode).max(20).optional(),
  salaryExpectation: SalaryExpectation.nullable(),
  /** The person's own summary of their work and what they are after (a resume's Summary or Objective). */
  summary: z.string().trim().max(4000).optional(),
  targetTitles: z.array(TargetTitle),
  /** Roles and kinds of work the person does not want ("people management", "MLOps", "ward-based"). */
  ruledOut: z.array(z.string().max(80)).max(30).optional(),
  workTypes: z.array(WorkType),
  industries: z.array(z.string()),
  experience: z.array(Experience),
  education: z.array(Education),
  skills: z.array(Skill),
  certifications: z.array(Certification),
  projects: z.array(Project),
  eeo: EeoChoices,
  earliestStartDate: IsoDate.optional(),
  howDidYouHear: optionalText,
  updatedAt: IsoDateTime,
});
export type Profile = z.infer<typeof Profile>;

/** The person's name from their contact details ("Ada Lovelace"), or '' when they gave none. */
export function personName(profile: Pick<Profile, 'contact'>): string {
  return [profile.contact.firstName, profile.contact.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
}

/** A profile with nothing in it yet: what a new user starts from and what import fills. */
export function blankProfile(id: string, updatedAt: string): Profile {
  return {
    id,
    contact: {},
    links: {},
    location: {},
    workAuthorization: [],
    requiresSponsorship: null,
    salaryExpectation: null,
    targetTitles: [],
    workTypes: [],
    industries: [],
    experience: [],
    education: [],
    skills: [],
    certifications: [],
    projects: [],
    eeo: {},
    updatedAt,
  };
}

export const MATCH_FACTORS = [
  'skills',
  'salary',
  'remote',
  'location',
  'industry',
  'title',
  'experience',
  'education',
] as const;
export const MatchFactor = z.enum(MATCH_FACTORS);
export type MatchFactor = z.infer<typeof MatchFactor>;
export const MatchWeights = z.partialRecord(MatchFactor, z.number().min(0).max(1));
export type MatchWeights = z.infer<typeof MatchWeights>;

/** A targeting profile ("Backend", "Data"): its own titles, resume and weights. One is active. */
export const Persona = z.object({
  id: Id,
  name: z.string().trim().min(1, 'Name the persona'),
  targetTitles: z.array(z.string()),
  resumeDocumentId: Id.nullable(),
  weights: MatchWeights,
  active: z.boolean(),
  updatedAt: IsoDateTime,
});
export type Persona = z.infer<typeof Persona>;
