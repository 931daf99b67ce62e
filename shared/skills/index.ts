import { type SkillEntry, taxonomy } from './taxonomy.ts';
import { nameKey } from './tokenize.ts';

export { findSkills, type SkillHit } from './find.ts';
export type { SkillEntry } from './taxonomy.ts';
export { nameKey, tokenize } from './tokenize.ts';

/** The skill a name or alias stands for, case-insensitively ("k8s" -> Kubernetes); null if unknown. */
export function lookupSkill(name: string): SkillEntry | null {
  const { byKey, skills } = taxonomy();
  const id = byKey.get(nameKey(name));
  return id === undefined ? null : skills[id];
}

/** Canonical name for a skill ("postgres" -> "PostgreSQL"); unknown names come back trimmed, as typed. */
export function normalizeSkill(name: string): string {
  return lookupSkill(name)?.name ?? name.trim();
}

export function skillById(id: number): SkillEntry {
  return taxonomy().skills[id];
}

export function skillCount(): number {
  return taxonomy().skills.length;
}

/** Credit for a related (not identical) skill, and for one two links away. */
export const RELATED_CREDIT = 0.5;
export const SECOND_DEGREE_CREDIT = 0.25;

/**
 * How far knowing `a` goes towards `b`: 1 same skill (after aliases), 0.5 directly related
 * (React ~ JavaScript), 0.25 two links apart, else 0. Symmetric.
 */
export function relatedness(a: string | number, b: string | number): number {
  const sa = typeof a === 'number' ? skillById(a) : lookupSkill(a);
  const sb = typeof b === 'number' ? skillById(b) : lookupSkill(b);
  if (!sa || !sb) return typeof a === 'string' && typeof b === 'string' && nameKey(a) === nameKey(b) ? 1 : 0;
  if (sa.id === sb.id) return 1;
  if (sa.related.includes(sb.id)) return RELATED_CREDIT;
  for (const mid of sa.related) if (skillById(mid).related.includes(sb.id)) return SECOND_DEGREE_CREDIT;
  return 0;
}

/**
 * Everything a set of known skills earns credit for, with the best credit and the skill giving it:
 * computed once per profile so scoring a job is a Map lookup per required skill.
 */
export function creditMap(
  ids: Iterable<number>,
  /** Skills the person says they know only a little ("basic Kotlin"): credited as a related one, no further. */
  beginner: Iterable<number> = [],
): Map<number, { credit: number; via: number }> {
  const out = new Map<number, { credit: number; via: number }>();
  const offer = (id: number, credit: number, via: number) => {
    const have = out.get(id);
    if (!have || have.credit < credit) out.set(id, { credit, via });
  };
  for (const id of beginner) offer(id, RELATED_CREDIT, id);
  for (const id of ids) {
    offer(id, 1, id);
    for (const r of skillById(id).related) {
      offer(r, RELATED_CREDIT, id);
      for (const r2 of skillById(r).related) offer(r2, SECOND_DEGREE_CREDIT, id);
    }
  }
  return out;
}
