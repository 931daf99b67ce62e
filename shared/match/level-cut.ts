/**
 * The level a posting states against the levels the person would take (blend.ts takes the cut and
 * shows the detail). Only a level the posting states counts; one guessed from years is too loose.
 */

import { rungClimbed } from './leaving.ts';
import type { PreparedProfile } from './profile.ts';
import { asksFullyQualified } from './qualification.ts';
import { LEVEL_NAMES, levelStep, levelWord, saysEntryLevel } from './titles.ts';
import type { PreparedJob } from './types.ts';

const INTERN = 0;
/** Taken per level between the posting's stated level and the person's. */
export const PER_LEVEL = 0.15;

/** The share to take off and why, or null when the posting is at the person's level. */
export function levelCut(p: PreparedProfile, job: PreparedJob): { cut: number; detail: string } | null {
  // Someone who ruled management out has a manager's post weighed as that (ruled_out), not twice.
  const managesNot = !p.aimsToManage && !p.ruledOut.some((r) => r.management);
  // A people manager's title states the lead level (titles.ts seniorityOf) to someone who neither
  // manages nor asks to: managing a unit is a rung above the work they do.
  const titled = levelWord(job.parsed.title);
  const manages = titled === null && job.isManager && managesNot;
  // "The Legislative Aide is an entry-level member of a small team": a level the text states is stated too, read
  // only where the title states none (the sentences are split once per pair, so not for every posting).
  const statedInText = titled === null && job.parsed.seniority === 1 && saysEntryLevel(job.parsed.text);
  // Someone starting out (every level they would take junior or below) has no years to stretch: a post that
  // asks two years or more is a level above, said in years (one step; a senior's years are read too loosely).
  const startingOut = p.aimLevels.length > 0 && Math.max(...p.aimLevels) <= 1;
  const statedInYears =
    titled === null &&
    !manages &&
    startingOut &&
    (job.parsed.minYears ?? 0) >= 2 &&
    job.parsed.seniority >= 2;
  const stated = manages
    ? job.parsed.seniority
    : (titled ?? (statedInText ? 1 : statedInYears ? job.parsed.seniority : null));
  const step = levelStep(job.parsed.seniority, p.aimLevels, p.nextRung);
  // An internship is a student's placement, not a rung of a career: for anyone past it, it sits two
  // steps down, as far as a post can.
  // (a level the text states is read loosely, "entry-level" of a post a qualified person might well take: one step)
  const steps =
    stated === null
      ? 0
      : Math.min(
          statedInText || statedInYears ? 1 : 2,
          Math.abs(step) + (step < 0 && job.parsed.seniority === INTERN ? 1 : 0),
        );
  if (steps > 0)
    return {
      cut: PER_LEVEL * steps,
      detail: `${LEVEL_NAMES[job.parsed.seniority]} role, ${steps === 1 ? 'a level' : 'two or more levels'} ${step < 0 ? 'below' : 'above'} yours (${LEVEL_NAMES[job.parsed.seniority - step]})`,
    };
  // A lead's title whose body gives the role reports ("Platform Engineering Lead": "all seven
  // engineers report to you") is a people manager's post: a rung above the work of someone who
  // neither manages, nor asks to, nor has anyone reporting to them now. Asking for a lead's title
  // ("Head of Mathematics", a school's middle leader) is asking for its team.
  if (job.leadsPeople && !job.isManager && managesNot && !p.hasReports && !p.aimsToLead)
    return {
      cut: PER_LEVEL,
      detail:
        "A people manager's post (the posting gives it reports); you have none and do not ask to manage",
    };
  // A rung the person has climbed past ("Assistant Project Manager" for a project manager of eleven years).
  const rung = rungClimbed(p.leaving, job);
  if (rung)
    return { cut: PER_LEVEL, detail: `A rung below the job you hold, as your earlier ${rung} post was` };
  // A qualification stage the title does not state is a level all the same.
  if (p.partQualified && asksFullyQualified(job))
    return {
      cut: PER_LEVEL,
      detail: 'The posting asks for a fully qualified professional; you are part-qualified',
    };
  return null;
}
