// A tailored resume against the master (the profile as written): what was reordered, emphasised,
// reworded or left out, so the user sees exactly what tailoring changed.
import type { Profile } from '../domain/index.ts';
import type { ResumeDoc } from './schema.ts';
import { bulletId, roleId, skillId } from './sources.ts';

export interface DiffLine {
  change: 'emphasised' | 'reordered' | 'reworded' | 'left_out';
  where: string;
  text: string;
}

export function diffAgainstMaster(doc: ResumeDoc, profile: Profile): DiffLine[] {
  const out: DiffLine[] = [];
  for (const e of profile.experience) {
    const where = `${e.title}, ${e.company}`;
    const section = doc.experience.find((s) => s.itemId === roleId(e.id));
    if (!section) {
      out.push({ change: 'left_out', where, text: 'The whole role' });
      continue;
    }
    const cited = section.bullets.map((b) => b.sources.find((id) => id.startsWith(`${roleId(e.id)}:`)));
    e.bullets.forEach((text, n) => {
      if (!text.trim()) return;
      const at = cited.indexOf(bulletId(e.id, n));
      if (at === -1) {
        out.push({ change: 'left_out', where, text });
        return;
      }
      const kept = e.bullets.filter((_, m) => cited.includes(bulletId(e.id, m)));
      if (kept.indexOf(text) !== at)
        out.push({ change: 'reordered', where, text: `Now #${at + 1}: ${text}` });
      const said = section.bullets[at].text;
      if (said.trim() !== text.trim()) out.push({ change: 'reworded', where, text: `${text} → ${said}` });
    });
  }
  const listed = doc.skills.map((s) => s.name.toLowerCase());
  const master = profile.skills.map((s) => s.name);
  doc.skills.slice(0, 5).forEach((s, i) => {
    const was = master.findIndex((m) => skillId(m) === skillId(s.name));
    if (was === -1 || was > i)
      out.push({ change: 'emphasised', where: 'Skills', text: `${s.name} moved up to #${i + 1}` });
  });
  for (const m of master)
    if (!listed.includes(m.toLowerCase()) && !doc.skills.some((s) => s.sources.includes(skillId(m))))
      out.push({ change: 'left_out', where: 'Skills', text: m });
  return out;
}
