// The profile as citable items. A claim may use a word, number, name or skill only if it appears in
// an item it cites, so each item carries every text that licenses what may be said about it.
import type { Profile } from '../domain/index.ts';
import { nameKey } from '../skills/index.ts';
import { withoutRefusals } from '../text/refusals.ts';

export type SourceKind =
  | 'summary'
  | 'role'
  | 'bullet'
  | 'project'
  | 'education'
  | 'certification'
  | 'skill'
  | 'job'
  | 'posting'
  | 'employer';

export interface SourceItem {
  id: string;
  kind: SourceKind;
  /** What the item says, as the user sees it (notes and the UI quote it). */
  label: string;
  /** Everything a claim citing this item may draw on: the label plus its role header and dates. */
  text: string;
}

/** What materials need from a job: a domain Job fits. `employerText` is what the user captured about the employer. */
export interface MaterialJob {
  id: string;
  title: string;
  company?: string;
  descriptionText?: string;
  locationText?: string;
  requirements?: { required: string[]; preferred: string[] };
  employerText?: string;
}

/** English month names, in order (dates are spelled with them; they are capitalised anywhere). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-03" -> "2021-03 March 2021 Mar 2021 03/2021": the spellings a claim may use for a month. */
export function monthSpellings(ym: string | undefined): string {
  if (!ym) return '';
  const [y, m] = ym.split('-');
  const name = MONTHS[Number(m) - 1];
  return name ? `${ym} ${name} ${y} ${name.slice(0, 3)} ${y} ${m}/${y}` : ym;
}

export const roleId = (expId: string) => `exp:${expId}`;
export const bulletId = (expId: string, n: number) => `exp:${expId}:${n}`;
export const skillId = (name: string) => `skill:${nameKey(name)}`;
export const SUMMARY_ID = 'summary';
export const JOB_ID = 'job';
export const POSTING_ID = 'posting';
export const EMPLOYER_ID = 'employer';

export interface SourceIndex {
  items: Map<string, SourceItem>;
  /** Organisations the profile names (employers, schools, issuers): citing the wrong one is misattribution. */
  organisations: Array<{ name: string; itemIds: string[] }>;
  job: MaterialJob;
}

const join = (...parts: Array<string | undefined | null>) => parts.filter(Boolean).join(', ');

export function buildSources(profile: Profile, job: MaterialJob): SourceIndex {
  const items = new Map<string, SourceItem>();
  const orgs = new Map<string, { name: string; itemIds: string[] }>();
  const add = (item: SourceItem) => items.set(item.id, item);
  const org = (name: string | undefined, id: string) => {
    if (!name?.trim()) return;
    const key = name.trim().toLowerCase();
    const entry = orgs.get(key) ?? { name: name.trim(), itemIds: [] };
    entry.itemIds.push(id);
    orgs.set(key, entry);
  };
  // The person's own summary licenses what it says of them ("8 years in payments"); what it turns down
  // ("not looking for QA roles") is no claim about their work, so it is left out of what may be cited.
  const summary = withoutRefusals(profile.summary ?? '').trim();
  if (summary) add({ id: SUMMARY_ID, kind: 'summary', label: 'Your summary', text: summary });
  for (const e of profile.experience) {
    const end = e.current || !e.end ? 'Present' : e.end;
    const header = join(e.title, e.company, e.location, `${e.start ?? ''} – ${end}`);
    const dates = `${monthSpellings(e.start)} ${e.current ? 'present current' : monthSpellings(e.end)}`;
    add({ id: roleId(e.id), kind: 'role', label: header, text: `${header} ${dates}` });
    org(e.company, roleId(e.id));
    e.bullets.forEach((b, n) => {
      if (!b.trim()) return;
      add({ id: bulletId(e.id, n), kind: 'bullet', label: b.trim(), text: `${b} ${header} ${dates}` });
      org(e.company, bulletId(e.id, n));
    });
  }
  for (const p of profile.projects) {
    const label = join(p.name, p.description, p.skills.join(', '));
    add({ id: `proj:${p.id}`, kind: 'project', label, text: `${label} ${p.url ?? ''}` });
  }
  for (const ed of profile.education) {
    const label = join(ed.degree, ed.field, ed.school, ed.gpa && `GPA ${ed.gpa}`);
    const dates = `${monthSpellings(ed.start)} ${monthSpellings(ed.end)}`;
    add({ id: `edu:${ed.id}`, kind: 'education', label, text: `${label} ${dates}` });
    org(ed.school, `edu:${ed.id}`);
  }
  for (const c of profile.certifications) {
    const label = join(c.name, c.issuer, c.date);
    add({ id: `cert:${c.id}`, kind: 'certification', label, text: `${label} ${monthSpellings(c.date)}` });
    org(c.issuer, `cert:${c.id}`);
  }
  for (const s of profile.skills) {
    const years = s.years ? `${s.years} years` : '';
    const label = join(s.name, s.proficiency, years);
    add({ id: skillId(s.name), kind: 'skill', label, text: label });
  }
  const role = join(job.title, job.company);
  add({ id: JOB_ID, kind: 'job', label: role, text: role });
  const posting = `${role}\n${job.locationText ?? ''}\n${job.descriptionText ?? ''}\n${[
    ...(job.requirements?.required ?? []),
    ...(job.requirements?.preferred ?? []),
  ].join('\n')}`;
  add({ id: POSTING_ID, kind: 'posting', label: `The posting: ${role}`, text: posting });
  if (job.employerText?.trim())
    add({
      id: EMPLOYER_ID,
      kind: 'employer',
      label: 'What you captured about the employer',
      text: job.employerText,
    });
  return { items, organisations: [...orgs.values()], job };
}
