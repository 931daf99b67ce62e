// The profile: one client record (shared/domain Profile) ↔ the normalized rows (profiles; experience,
// education, skills, certifications, projects), never a JSON copy. Children are written and read as a set.
import { Profile } from '../../shared/domain/profile.ts';
import { orNull, type Row } from './records.ts';

export const ClientProfile = Profile;

/** Columns sync writes on public.profiles. */
export const PROFILE_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'website_url',
  'address_line1',
  'city',
  'region',
  'postal_code',
  'country',
  'willing_to_relocate',
  'relocate_to',
  'work_authorization',
  'requires_sponsorship',
  'citizenship',
  'permanent_residence',
  'ruled_out',
  'salary_currency',
  'salary_min',
  'salary_max',
  'salary_period',
  'target_titles',
  'work_types',
  'industries',
  'eeo_gender',
  'eeo_race',
  'eeo_veteran_status',
  'eeo_disability_status',
  'earliest_start_date',
  'how_did_you_hear',
  'summary',
  'updated_at',
] as const;

/** The child tables, each with the columns sync writes (user_id from the token). */
export const PROFILE_PARTS = {
  experience: {
    table: 'profile_experiences',
    columns: [
      'id',
      'title',
      'company',
      'location',
      'start_month',
      'end_month',
      'is_current',
      'bullets',
      'position',
    ],
  },
  education: {
    table: 'profile_education',
    columns: ['id', 'school', 'degree', 'field', 'start_month', 'end_month', 'gpa', 'position'],
  },
  skills: { table: 'profile_skills', columns: ['name', 'proficiency', 'years', 'source'] },
  certifications: { table: 'profile_certifications', columns: ['id', 'name', 'issuer', 'issued_month'] },
  projects: { table: 'profile_projects', columns: ['id', 'name', 'description', 'url', 'skills'] },
} as const;
export type ProfilePart = keyof typeof PROFILE_PARTS;

type P = Profile;

export function profileToServer(p: P, at: string): { row: Row; parts: Record<ProfilePart, Row[]> } {
  const salary = p.salaryExpectation;
  const row: Row = {
    id: p.id,
    first_name: orNull(p.contact.firstName),
    last_name: orNull(p.contact.lastName),
    email: orNull(p.contact.email),
    phone: orNull(p.contact.phone),
    linkedin_url: orNull(p.links.linkedin),
    github_url: orNull(p.links.github),
    portfolio_url: orNull(p.links.portfolio),
    website_url: orNull(p.links.website),
    address_line1: orNull(p.location.addressLine1),
    city: orNull(p.location.city),
    region: orNull(p.location.region),
    postal_code: orNull(p.location.postalCode),
    country: orNull(p.location.country),
    willing_to_relocate: p.location.willingToRelocate ?? null,
    relocate_to: p.location.relocateTo ?? [],
    work_authorization: p.workAuthorization,
    requires_sponsorship: p.requiresSponsorship,
    citizenship: p.citizenship ?? [],
    permanent_residence: p.permanentResidence ?? [],
    ruled_out: (p.ruledOut ?? []).map((s) => s.trim()).filter(Boolean),
    salary_currency: salary?.currency ?? null,
    salary_min: salary?.min ?? null,
    salary_max: salary?.max ?? null,
    salary_period: salary?.period ?? null,
    target_titles: p.targetTitles,
    work_types: p.workTypes,
    industries: p.industries,
    eeo_gender: orNull(p.eeo.gender),
    eeo_race: orNull(p.eeo.race),
    eeo_veteran_status: orNull(p.eeo.veteranStatus),
    eeo_disability_status: orNull(p.eeo.disabilityStatus),
    earliest_start_date: orNull(p.earliestStartDate),
    how_did_you_hear: orNull(p.howDidYouHear),
    summary: orNull(p.summary),
    updated_at: at,
  };
  const seenSkills = new Set<string>();
  const parts: Record<ProfilePart, Row[]> = {
    experience: p.experience.map((e, position) => ({
      id: e.id,
      title: e.title,
      company: e.company,
      location: orNull(e.location),
      start_month: orNull(e.start),
      end_month: orNull(e.end),
      is_current: e.current,
      bullets: e.bullets,
      position,
    })),
    education: p.education.map((e, position) => ({
      id: e.id,
      school: e.school,
      degree: orNull(e.degree),
      field: orNull(e.field),
      start_month: orNull(e.start),
      end_month: orNull(e.end),
      gpa: orNull(e.gpa),
      position,
    })),
    // One row per name (the table's unique key); a repeated name keeps its first entry.
    skills: p.skills
      .filter((s) => !seenSkills.has(s.name) && seenSkills.add(s.name))
      .map((s) => ({
        name: s.name,
        proficiency: s.proficiency ?? null,
        years: s.years ?? null,
        source: s.source,
      })),
    certifications: p.certifications.map((c) => ({
      id: c.id,
      name: c.name,
      issuer: orNull(c.issuer),
      issued_month: orNull(c.date),
    })),
    projects: p.projects.map((x) => ({
      id: x.id,
      name: x.name,
      description: orNull(x.description),
      url: orNull(x.url),
      skills: x.skills,
    })),
  };
  return { row, parts };
}
