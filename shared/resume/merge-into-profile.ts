import { newId, type Profile } from '../domain/index.ts';
import type { ResumeDraft } from './parse.ts';

export interface MergeSummary {
  filled: string[];
  experience: number;
  education: number;
  skills: number;
  certifications: number;
}

const key = (...parts: (string | undefined)[]) => parts.map((p) => (p ?? '').trim().toLowerCase()).join('|');
const fill = <T extends object>(current: T, found: Partial<T>, prefix: string, filled: string[]): T => {
  const out = { ...current } as Record<string, unknown>;
  for (const [k, v] of Object.entries(found)) {
    if (v === undefined || v === '' || (out[k] !== undefined && out[k] !== '')) continue;
    out[k] = v;
    filled.push(`${prefix}.${k}`);
  }
  return out as T;
};

/**
 * Adds what a reviewed resume draft found to the profile without overwriting anything the user
 * already has: empty contact fields are filled, new positions, schools, skills and certifications
 * are appended, and what was already there stays as it is.
 */
export function mergeResumeIntoProfile(
  profile: Profile,
  draft: ResumeDraft,
): { profile: Profile; summary: MergeSummary } {
  const filled: string[] = [];
  const haveJobs = new Set(profile.experience.map((e) => key(e.title, e.company)));
  const experience = draft.experience
    .filter((e) => (e.title || e.company) && !haveJobs.has(key(e.title || e.company, e.company || '—')))
    .map((e) => ({ id: newId(), ...e, title: e.title || e.company, company: e.company || '—' }));
  const haveSchools = new Set(profile.education.map((e) => key(e.school)));
  const education = draft.education
    .filter((e) => e.school && !haveSchools.has(key(e.school)))
    .map((e) => ({ id: newId(), ...e, school: e.school }));
  const haveSkills = new Set(profile.skills.map((s) => key(s.name)));
  const skills = draft.skills.filter((s) => !haveSkills.has(key(s.name)));
  const haveCerts = new Set(profile.certifications.map((c) => key(c.name)));
  const certifications = draft.certifications
    .filter((c) => !haveCerts.has(key(c.name)))
    .map((c) => ({ id: newId(), name: c.name, ...(c.date ? { date: c.date } : {}) }));
  const titles = new Set(profile.targetTitles.map((t) => key(t)));
  const merged: Profile = {
    ...profile,
    contact: fill(profile.contact, draft.contact, 'contact', filled),
    links: fill(profile.links, draft.links, 'links', filled),
    location: fill(profile.location, draft.location, 'location', filled),
    ...summaryOf(profile, draft, filled),
    targetTitles: [...profile.targetTitles, ...draft.targetTitles.filter((t) => !titles.has(key(t)))],
    experience: [...profile.experience, ...experience],
    education: [...profile.education, ...education],
    skills: [...profile.skills, ...skills],
    certifications: [...profile.certifications, ...certifications],
  };
  return {
    profile: merged,
    summary: {
      filled,
      experience: experience.length,
      education: education.length,
      skills: skills.length,
      certifications: certifications.length,
    },
  };
}

/** The resume's summary, when the profile has none yet: one the person wrote stays. */
function summaryOf(profile: Profile, draft: ResumeDraft, filled: string[]): Pick<Profile, 'summary'> {
  if (profile.summary?.trim() || !draft.summary) return {};
  filled.push('summary');
  return { summary: draft.summary.slice(0, 4000) };
}
