import type { Job, MatchResult, Persona, Profile, Stage } from '../domain/index.ts';
import { lookupSkill, RELATED_CREDIT, relatedness } from '../skills/index.ts';

/** The jobs the market signal is read from: the ones the person is pursuing (not those they closed). */
export const LEARN_FROM_STAGES: readonly Stage[] = ['saved', 'applied', 'screening', 'interviewing', 'offer'];

export interface SkillToLearn {
  /** Canonical skill name (the taxonomy's). */
  skill: string;
  /** The jobs whose match lists it as a gap, most recent first. */
  jobs: { id: string; title: string; company: string; url: string }[];
  /** How many of them require it (the rest prefer it). */
  required: number;
  /** Skills the person has that the taxonomy lists as directly related: what makes it a short step. */
  shortStepFrom: string[];
}

/**
 * What the market asks for that the person lacks: the skill gaps across their pursued jobs, scored
 * for the active persona, most asked for first. Only the taxonomy's relations are named as short
 * steps; nothing is invented (no courses, no durations).
 */
export function skillsToLearn(input: {
  jobs: readonly Pick<Job, 'id' | 'title' | 'company' | 'url' | 'stage' | 'updatedAt'>[];
  matches: readonly Pick<MatchResult, 'jobId' | 'personaId' | 'gaps'>[];
  profile: Pick<Profile, 'skills'> | null;
  persona: Pick<Persona, 'id'> | null;
  limit?: number;
}): SkillToLearn[] {
  const personaId = input.persona?.id ?? null;
  const byJob = new Map(input.matches.filter((m) => m.personaId === personaId).map((m) => [m.jobId, m]));
  const mine = (input.profile?.skills ?? []).map((s) => lookupSkill(s.name)?.name ?? s.name);
  const mineKeys = new Set(mine.map((s) => s.toLowerCase()));
  const bySkill = new Map<string, SkillToLearn & { latest: string }>();
  const jobs = input.jobs
    .filter((j) => LEARN_FROM_STAGES.includes(j.stage))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  for (const job of jobs) {
    const gaps = byJob.get(job.id)?.gaps ?? [];
    const counted = new Set<string>();
    for (const gap of gaps) {
      if (gap.kind !== 'skill' || !gap.skill) continue;
      const skill = lookupSkill(gap.skill)?.name ?? gap.skill;
      // The profile may have changed since this match was scored: a skill now held is no gap.
      if (counted.has(skill) || mineKeys.has(skill.toLowerCase())) continue;
      counted.add(skill);
      const entry = bySkill.get(skill) ?? {
        skill,
        jobs: [],
        required: 0,
        shortStepFrom: [],
        latest: job.updatedAt,
      };
      entry.jobs.push({ id: job.id, title: job.title, company: job.company, url: job.url });
      if (gap.importance !== 'preferred') entry.required += 1;
      bySkill.set(skill, entry);
    }
  }
  return [...bySkill.values()]
    .sort(
      (a, b) => b.jobs.length - a.jobs.length || b.required - a.required || a.skill.localeCompare(b.skill),
    )
    .slice(0, input.limit ?? 10)
    .map(({ latest: _, ...entry }) => ({
      ...entry,
      shortStepFrom: mine.filter((have) => relatedness(have, entry.skill) === RELATED_CREDIT),
    }));
}
