// Reading the profile back: a profiles row and its parts (normalized rows) → the client's Profile.
import { iso, type Row, withoutNulls } from './records.ts';
import type { ProfilePart } from './tables-profile.ts';

const num = (v: unknown) => (v == null ? null : Number(v));
/** An optional list column: an empty one means the user has not said, so the key is left out. */
const listed = (key: string, v: unknown) => (Array.isArray(v) && v.length ? { [key]: v } : {});

/** A profiles row (to_jsonb) and its children (ordered as the user ordered them) → the client's Profile. */
export function profileFromServer(r: Row, parts: Record<ProfilePart, Row[]>): Row {
  const salary =
    r.salary_currency == null || r.salary_period == null
      ? null
      : {
          currency: r.salary_currency,
          min: num(r.salary_min),
          max: num(r.salary_max),
          period: r.salary_period,
        };
  return {
    id: r.id,
    contact: withoutNulls({ firstName: r.first_name, lastName: r.last_name, email: r.email, phone: r.phone }),
    links: withoutNulls({
      linkedin: r.linkedin_url,
      github: r.github_url,
      portfolio: r.portfolio_url,
      website: r.website_url,
    }),
    location: {
      ...withoutNulls({
        addressLine1: r.address_line1,
        city: r.city,
        region: r.region,
        postalCode: r.postal_code,
        country: r.country,
        willingToRelocate: r.willing_to_relocate,
      }),
      ...listed('relocateTo', r.relocate_to),
    },
    workAuthorization: r.work_authorization,
    requiresSponsorship: r.requires_sponsorship ?? null,
    ...listed('citizenship', r.citizenship),
    ...listed('permanentResidence', r.permanent_residence),
    ...listed('ruledOut', r.ruled_out),
    salaryExpectation: salary,
    targetTitles: r.target_titles,
    workTypes: r.work_types,
    industries: r.industries,
    experience: parts.experience.map((e) =>
      withoutNulls({
        id: e.id,
        title: e.title,
        company: e.company,
        location: e.location,
        start: e.start_month,
        end: e.end_month,
        current: e.is_current,
        bullets: e.bullets,
      }),
    ),
    education: parts.education.map((e) =>
      withoutNulls({
        id: e.id,
        school: e.school,
        degree: e.degree,
        field: e.field,
        start: e.start_month,
        end: e.end_month,
        gpa: e.gpa,
      }),
    ),
    skills: parts.skills.map((s) =>
      withoutNulls({ name: s.name, proficiency: s.proficiency, years: num(s.years), source: s.source }),
    ),
    certifications: parts.certifications.map((c) =>
      withoutNulls({ id: c.id, name: c.name, issuer: c.issuer, date: c.issued_month }),
    ),
    projects: parts.projects.map((x) =>
      withoutNulls({ id: x.id, name: x.name, description: x.description, url: x.url, skills: x.skills }),
    ),
    eeo: withoutNulls({
      gender: r.eeo_gender,
      race: r.eeo_race,
      veteranStatus: r.eeo_veteran_status,
      disabilityStatus: r.eeo_disability_status,
    }),
    ...(r.earliest_start_date == null ? {} : { earliestStartDate: r.earliest_start_date }),
    ...(r.how_did_you_hear == null ? {} : { howDidYouHear: r.how_did_you_hear }),
    ...(r.summary == null ? {} : { summary: r.summary }),
    updatedAt: iso(r.updated_at),
  };
}
