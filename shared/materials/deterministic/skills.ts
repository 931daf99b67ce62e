// Skills optimization and gap analysis with no model: what to surface (the posting asks, the person
// shows it) and what the posting asks that the profile does not show. Missing skills are never added.
import type { SkillsDoc } from '../schema.ts';
import type { Evidence } from './evidence.ts';

export function deterministicSkills(ev: Evidence): SkillsDoc {
  const lineFor = (id: number) =>
    ev.posting.items.find((i) => (i.kind === 'required' || i.kind === 'preferred') && i.skills.includes(id))
      ?.text ?? '';
  return {
    kind: 'skills_optimization',
    surface: ev.skills
      .filter((s) => s.weight > 0)
      .map((s) => ({ skill: s.name, requirement: lineFor(s.id), sources: s.sources.slice(0, 3) })),
    missing: ev.missing.map((m) => ({ skill: m.name, requirement: m.requirement, required: m.required })),
  };
}
