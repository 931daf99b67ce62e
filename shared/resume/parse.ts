import { newId, nowIso, type Profile, type Skill } from '../domain/index.ts';
import { findSkills, lookupSkill } from '../skills/index.ts';
import { withoutRefusals } from '../text/refusals.ts';
import { unfoldColumns } from './columns.ts';
import { type ContactDraft, parseContact } from './contact.ts';
import { readDatedRows } from './dated-rows.ts';
import { findDateSpan } from './dates.ts';
import {
  BULLET,
  type EducationDraft,
  type ExperienceDraft,
  parseEducation,
  parseExperience,
} from './entries.ts';
import { lineMeasure, unwrapLines } from './line-wrap.ts';
import { mainColumnFirst } from './linkedin-export.ts';
import { splitPromotions } from './promotions.ts';
import { readProseRoles } from './prose-roles.ts';
import { readRuledOut } from './ruled-out.ts';
import { splitResume } from './sections.ts';
import { type SkillItem, skillItems } from './skill-list.ts';
import { asSought, readTargetTitles } from './targets.ts';
import { readWorkRights, type WorkRightsDraft } from './work-rights.ts';
import { rejoinEntryLines, rejoinListLines } from './wrapped-lines.ts';

/** What the import shows beside the source for review; nothing here is invented, only read. */
export interface ResumeDraft {
  contact: Omit<ContactDraft, 'links' | 'location' | 'summary'>;
  links: ContactDraft['links'];
  location: ContactDraft['location'];
  summary?: string;
  /** Titles the summary says the person is ("Senior backend engineer with 8 years …"). */
  targetTitles: string[];
  /** What the person says they do not want ("Not looking for MLOps roles"). */
  ruledOut: string[];
  experience: ExperienceDraft[];
  education: EducationDraft[];
  skills: Skill[];
  certifications: Array<{ name: string; date?: string }>;
  /** Citizenship, authorization, sponsorship, relocation and ways of working, as the resume states them. */
  workRights: WorkRightsDraft;
  /** Things the reviewer should check (no experience found, no e-mail …). */
  warnings: string[];
}

const HEADLINE =
  /^(?:an?\s+)?((?:(?:senior|junior|lead|staff|principal)\s+)?[A-Za-z/&-]+(?:\s+[A-Za-z/&-]+){0,3}?\s+(?:engineer|developer|scientist|analyst|nurse|manager|designer|marketer|specialist|accountant|consultant|teacher|recruiter|architect|administrator|writer))\b/i;

function skillsOf(listed: SkillItem[], prose: string[]): Skill[] {
  const seen = new Set<string>();
  const out: Skill[] = [];
  const add = ({ name, proficiency }: SkillItem) => {
    const known = lookupSkill(name);
    const key = known ? `#${known.id}` : name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: known?.name ?? name, ...(proficiency && { proficiency }), source: 'resume' });
  };
  for (const item of listed) add(item);
  // Skills named in bullets but not listed still came from the resume.
  for (const line of prose) for (const hit of findSkills(line)) add({ name: hit.skill.name });
  return out;
}

/** Plain resume text -> a structured draft. Pure; never fills a field it did not read. */
export function parseResumeText(pasted: string): ResumeDraft {
  // Two columns pasted side by side are read one after the other (columns.ts); roles in a table of
  // dates beside them, as entries (dated-rows.ts).
  // LinkedIn's export prints its side column first; its name, headline and place are put back on top.
  // Roles written as paragraphs ("Junior QA Engineer, Fieldhand, Austin, from August 2021 to May 2023. I …"), as entries.
  const text = readProseRoles(readDatedRows(unfoldColumns(mainColumnFirst(pasted))));
  const sections = splitResume(text);
  const measure = lineMeasure(text);
  const get = (name: string) => sections.filter((s) => s.section === name).flatMap((s) => s.lines);
  // A contact block under its own heading ("PERSONAL DETAILS") is read as the header is; the header's
  // own lines come first, so its name and place win.
  const contact = parseContact([...get('header'), ...get('personal')]);
  // What the person is after ("TARGET ROLE") is said of themselves, as the summary is, and kept with it.
  const summaryLines = [...get('target'), ...get('summary'), ...contact.summary];
  const summary = summaryLines.join(' ').trim() || undefined;
  const experience = parseExperience(splitPromotions(rejoinEntryLines(get('experience'))));
  const education = parseEducation(get('education'));
  const certifications = get('certifications').map((line) => {
    const name = line.replace(BULLET, '').trim();
    const span = findDateSpan(name);
    return {
      name: span ? name.replace(span.text, '').replace(/[,\s]+$/, '') : name,
      date: span?.end ?? span?.start,
    };
  });
  // What the person turns down ("not looking for testing roles") is no skill of theirs.
  const prose = [
    ...unwrapLines(summaryLines, measure).map(withoutRefusals),
    ...experience.flatMap((e) => [e.title, ...e.bullets]),
    ...get('projects'),
  ];
  const skills = skillsOf(skillItems(rejoinListLines(get('skills'), measure)), [
    ...prose,
    ...certifications.map((c) => c.name),
  ]);
  const headline = summary ? HEADLINE.exec(summary)?.[1] : undefined;
  // The roles the person says they want; without any, the summary's "Senior X with 8 years". When
  // they say what they want, the summary's title is the job they are leaving, not a target.
  // What the person says of themselves, each sentence whole again.
  // Each block on its own: a sentence does not run on from the header into the summary below it.
  const stated = [get('header'), get('personal'), summaryLines, get('rights')].flatMap((lines) =>
    unwrapLines(lines, measure),
  );
  const targetLines = unwrapLines(get('target'), measure);
  const wanted = readTargetTitles([...stated, ...targetLines.map(asSought)]);
  const targetTitles =
    wanted.length || !headline ? wanted : [headline.replace(/^\w/, (c) => c.toUpperCase())];
  const warnings: string[] = [];
  if (!experience.length) warnings.push('No work experience with dates was found; add it by hand.');
  if (!contact.email) warnings.push('No e-mail address was found.');
  if (!education.length) warnings.push('No education was found.');
  const { links, location, summary: _s, ...person } = contact;
  return {
    contact: person,
    links,
    location,
    summary,
    // The roles the person says they want come first; the summary's "Senior X with 8 years" after.
    targetTitles,
    ruledOut: readRuledOut(stated),
    experience,
    education,
    skills,
    certifications,
    workRights: readWorkRights(stated, location.country),
    warnings,
  };
}

/** A full Profile from a draft (for scoring before the user saves, and for the benchmark). */
export function draftToProfile(draft: ResumeDraft, base: Partial<Profile> = {}): Profile {
  return {
    id: newId(),
    contact: { ...draft.contact },
    links: { ...draft.links },
    location:
      draft.workRights.willingToRelocate === undefined
        ? { ...draft.location }
        : {
            ...draft.location,
            willingToRelocate: draft.workRights.willingToRelocate,
            ...(draft.workRights.willingToRelocate && draft.workRights.relocateTo.length
              ? { relocateTo: draft.workRights.relocateTo }
              : {}),
          },
    workAuthorization: draft.workRights.workAuthorization,
    requiresSponsorship: draft.workRights.requiresSponsorship,
    ...(draft.workRights.citizenship.length ? { citizenship: draft.workRights.citizenship } : {}),
    ...(draft.workRights.permanentResidence.length
      ? { permanentResidence: draft.workRights.permanentResidence }
      : {}),
    salaryExpectation: null,
    ...(draft.summary ? { summary: draft.summary } : {}),
    targetTitles: draft.targetTitles,
    ...(draft.ruledOut.length ? { ruledOut: draft.ruledOut } : {}),
    workTypes: draft.workRights.workTypes,
    industries: [],
    experience: draft.experience.map((e) => ({
      id: newId(),
      ...e,
      title: e.title || e.company,
      company: e.company || '—',
    })),
    education: draft.education.map((e) => ({ id: newId(), ...e, school: e.school || '—' })),
    skills: draft.skills,
    certifications: draft.certifications.map((c) => ({ id: newId(), name: c.name, date: c.date })),
    projects: [],
    eeo: {},
    updatedAt: nowIso(),
    ...base,
  };
}
