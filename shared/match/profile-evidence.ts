import type { Profile } from '../domain/index.ts';
import { findSkills, lookupSkill } from '../skills/index.ts';
import type { PreparedProfile } from './prepared-profile.ts';
import { contentWords } from './words.ts';

/**
 * What a person's own lines show, read once for the scorer: each line (roles, bullets, projects,
 * certifications, education) with its content words, an index from each word to the lines holding it,
 * the skills held and the line that evidences each, and the skills known only a little.
 */
export function profileEvidence(profile: Profile): {
  evidence: Map<number, string>;
  lines: PreparedProfile['lines'];
  wordIndex: Map<string, number[]>;
  ids: Set<number>;
  beginner: Set<number>;
} {
  const evidence = new Map<number, string>();
  const lines: PreparedProfile['lines'] = [];
  const note = (text: string, weak = false) => {
    const line = text.trim().replace(/\s+/g, ' ').slice(0, 200);
    if (!line) return;
    lines.push({ text: line, words: contentWords(line) });
    for (const hit of findSkills(line))
      if (!weak || !evidence.has(hit.skill.id))
        evidence.set(hit.skill.id, evidence.get(hit.skill.id) ?? line);
  };
  for (const e of profile.experience) {
    note(`${e.title}, ${e.company}`);
    for (const b of e.bullets) note(b);
  }
  for (const p of profile.projects) note(`${p.name}: ${p.description ?? ''} ${p.skills.join(', ')}`);
  for (const c of profile.certifications) note(c.name);
  for (const ed of profile.education) note([ed.degree, ed.field, ed.school].filter(Boolean).join(', '));
  const ids = new Set(evidence.keys());
  const beginner = new Set<number>();
  for (const s of profile.skills) {
    const skill = lookupSkill(s.name);
    if (!skill) {
      note(`Skills: ${s.name}`, true);
      continue;
    }
    // A skill known a little and never used in a role is some of the way there, not all.
    if (s.proficiency === 'beginner' && !ids.has(skill.id)) {
      beginner.add(skill.id);
      if (!evidence.has(skill.id)) evidence.set(skill.id, `Skills: ${s.name} (beginner)`);
      continue;
    }
    ids.add(skill.id);
    if (!evidence.has(skill.id)) evidence.set(skill.id, `Skills: ${s.name}`);
  }

  const wordIndex = new Map<string, number[]>();
  lines.forEach((l, i) => {
    for (const w of l.words) {
      const list = wordIndex.get(w);
      if (list) list.push(i);
      else wordIndex.set(w, [i]);
    }
  });
  return { evidence, lines, wordIndex, ids, beginner };
}
