// What the match engine knows about this person and this posting, arranged for tailoring: which
// profile items show each skill, how much each bullet covers the posting's asks, what is missing.
import type { Profile } from '../../domain/index.ts';
import { parsePosting } from '../../match/index.ts';
import type { ParsedPosting } from '../../match/types.ts';
import { findSkills, lookupSkill, skillById } from '../../skills/index.ts';
import { bulletId, type MaterialJob, roleId, skillId } from '../sources.ts';

export interface SkillEvidence {
  id: number;
  name: string;
  /** Posting weight: 3 required, 1.5 preferred, 1 duties, 0.5 intro; 0 when the posting does not ask. */
  weight: number;
  /** Items that show it, strongest first (bullets, projects, certifications, then the skills list). */
  sources: string[];
  /** The person lists it as a skill (skills list or a project's skills), not only mentions it. */
  listed: boolean;
}

export interface BulletEvidence {
  id: string;
  roleId: string;
  text: string;
  company: string;
  title: string;
  /** Sum of the posting weights of the skills it shows. */
  score: number;
}

export interface Evidence {
  posting: ParsedPosting;
  /** Skills the person shows, posting-weighted first. */
  skills: SkillEvidence[];
  bullets: BulletEvidence[];
  /** Posting skills (required or preferred) no profile item shows, with the line that asks. */
  missing: Array<{ id: number; name: string; requirement: string; required: boolean }>;
  /** Required skills of the posting the person has (the coverage denominator). */
  requiredHad: number[];
}

export function gatherEvidence(profile: Profile, job: MaterialJob): Evidence {
  const posting = parsePosting({ ...job, company: job.company ?? '' });
  const weight = new Map(posting.skills.map((s) => [s.id, s.weight]));
  // `listed`: in the skills list or a project's skills, i.e. the person names it as a skill.
  const shown = new Map<number, { name: string; sources: string[]; listed: boolean }>();
  /** The words as the person wrote them ("Kafka"), unless written all lower-case. */
  const spelled = (hit: { text: string; skill: { name: string } }) =>
    hit.text === hit.text.toLowerCase() ? hit.skill.name : hit.text;
  const show = (id: number, name: string, source: string) => {
    const entry = shown.get(id) ?? { name, sources: [], listed: false };
    if (!entry.sources.includes(source)) entry.sources.push(source);
    shown.set(id, entry);
    return entry;
  };
  const bullets: BulletEvidence[] = [];
  for (const e of profile.experience) {
    e.bullets.forEach((text, n) => {
      if (!text.trim()) return;
      const id = bulletId(e.id, n);
      let score = 0;
      for (const hit of new Map(findSkills(text).map((h) => [h.skill.id, h])).values()) {
        show(hit.skill.id, spelled(hit), id);
        score += weight.get(hit.skill.id) ?? 0;
      }
      bullets.push({
        id,
        roleId: roleId(e.id),
        text: text.trim(),
        company: e.company,
        title: e.title,
        score,
      });
    });
  }
  for (const p of profile.projects) {
    for (const hit of findSkills(`${p.name}: ${p.description ?? ''}.`))
      show(hit.skill.id, spelled(hit), `proj:${p.id}`);
    for (const name of p.skills) {
      const entry = lookupSkill(name);
      if (entry) show(entry.id, name, `proj:${p.id}`).listed = true;
    }
  }
  for (const ed of profile.education)
    for (const hit of findSkills([ed.degree, ed.field, ed.school].filter(Boolean).join(', ')))
      show(hit.skill.id, spelled(hit), `edu:${ed.id}`);
  for (const c of profile.certifications)
    for (const hit of findSkills(c.name)) show(hit.skill.id, spelled(hit), `cert:${c.id}`);
  for (const s of profile.skills) {
    const entry = lookupSkill(s.name);
    // The person's own spelling stays: "postgres" is shown as they wrote it, checked through the alias.
    if (entry) show(entry.id, shown.get(entry.id)?.name ?? s.name, skillId(s.name)).listed = true;
  }
  // A word the taxonomy reads as a skill in passing ("serving") is surfaced only if the posting asks for it.
  const skills = [...shown]
    .map(([id, s]) => ({
      id,
      name: s.name,
      weight: weight.get(id) ?? 0,
      sources: s.sources,
      listed: s.listed,
    }))
    .filter((s) => s.weight > 0 || s.listed || s.sources.length > 1);
  skills.sort((a, b) => b.weight - a.weight || b.sources.length - a.sources.length || a.id - b.id);

  const missing: Evidence['missing'] = [];
  for (const item of posting.items) {
    if (item.kind !== 'required' && item.kind !== 'preferred') continue;
    for (const group of item.groups) {
      // Alternatives ("Go or Python"): knowing one meets the line.
      if (group.some((id) => shown.has(id))) continue;
      for (const id of group)
        if (!missing.some((m) => m.id === id))
          missing.push({
            id,
            name: skillById(id).name,
            requirement: item.text,
            required: item.kind === 'required',
          });
    }
  }
  const requiredHad = [
    ...new Set(posting.items.filter((i) => i.kind === 'required').flatMap((i) => i.skills)),
  ].filter((id) => shown.has(id));
  return { posting, skills, bullets, missing, requiredHad };
}
