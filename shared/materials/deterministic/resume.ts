// A tailored resume with no model: the person's own bullets, chosen and ordered by how much of the
// posting they cover, and the matching skills surfaced first. Nothing is reworded.
import type { Profile } from '../../domain/index.ts';
import type { Claim, ResumeDoc } from '../schema.ts';
import { roleId } from '../sources.ts';
import type { Evidence } from './evidence.ts';
import { listOf } from './phrases.ts';

/** Bullets a role keeps even when none meets the posting: a role is never shown empty. */
const MIN_BULLETS = 2;
/** Skills listed: enough to cover the posting, few enough to read. */
const MAX_SKILLS = 16;

export function deterministicResume(profile: Profile, ev: Evidence): ResumeDoc {
  const latest = profile.experience[0];
  const asked = ev.skills.filter((s) => s.weight > 0).slice(0, 4);
  const summary: Claim[] = [];
  if (latest && asked.length)
    summary.push({
      text: `${latest.title} with experience in ${listOf(asked.map((s) => s.name))}.`,
      sources: [roleId(latest.id), ...asked.map((s) => s.sources[0])],
    });

  const experience = profile.experience.map((e) => {
    const mine = ev.bullets.filter((b) => b.roleId === roleId(e.id));
    // Stable sort: equal scores keep the person's own order.
    const ranked = [...mine].sort((a, b) => b.score - a.score);
    const kept = ranked.filter((b, i) => b.score > 0 || i < MIN_BULLETS);
    return { itemId: roleId(e.id), bullets: kept.map((b) => ({ text: b.text, sources: [b.id] })) };
  });

  const projectScore = (id: string) =>
    ev.skills.filter((s) => s.sources.includes(id)).reduce((sum, s) => sum + s.weight, 0);
  const projects = [...profile.projects]
    .sort((a, b) => projectScore(`proj:${b.id}`) - projectScore(`proj:${a.id}`))
    .map((p) => ({
      itemId: `proj:${p.id}`,
      bullets: p.description?.trim() ? [{ text: p.description.trim(), sources: [`proj:${p.id}`] }] : [],
    }));

  return {
    kind: 'resume',
    summary,
    skills: ev.skills.slice(0, MAX_SKILLS).map((s) => ({ name: s.name, sources: s.sources.slice(0, 3) })),
    experience,
    projects,
    education: profile.education.map((ed) => `edu:${ed.id}`),
    certifications: profile.certifications.map((c) => `cert:${c.id}`),
  };
}
