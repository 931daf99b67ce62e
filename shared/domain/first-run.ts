import { type Profile, personName } from './profile.ts';

/**
 * The first-run path: import a resume (or skip), check three key facts, then save a posting from
 * the page. Its state is one record in the settings table (FIRST_RUN_SETTING); the steps that can
 * be seen in the data (a resume's entries, a saved job) count as done without asking.
 */
export const FIRST_RUN_SETTING = 'firstRun';

export interface FirstRunState {
  resumeSkipped?: boolean;
  factsChecked?: boolean;
  /** The person closed the guide: it never shows again. */
  dismissed?: boolean;
}

export type FirstRunStep = 'resume' | 'facts' | 'save';
export const FIRST_RUN_STEPS: readonly FirstRunStep[] = ['resume', 'facts', 'save'];

export interface FirstRunProgress {
  show: boolean;
  /** The step to do now (null when all are done). */
  current: FirstRunStep | null;
  done: Record<FirstRunStep, boolean>;
}

/** Where the person is on the path, from what is stored. */
export function firstRunProgress(
  state: FirstRunState | undefined,
  data: { profile: Profile | null; jobCount: number },
): FirstRunProgress {
  const p = data.profile;
  const imported = !!p && (p.experience.length > 0 || p.skills.length > 0 || p.education.length > 0);
  const done: Record<FirstRunStep, boolean> = {
    resume: imported || !!state?.resumeSkipped,
    facts: !!state?.factsChecked,
    save: data.jobCount > 0,
  };
  const current = FIRST_RUN_STEPS.find((s) => !done[s]) ?? null;
  return { show: !state?.dismissed && current !== null, current, done };
}

/** The three facts matching and autofill lean on most, as text (null: not in the profile yet). */
export interface KeyFacts {
  name: string | null;
  /** "Seattle, WA, United States" */
  place: string | null;
  /** Country names where the person may work, and whether they need sponsorship. */
  workRights: string | null;
  titles: string | null;
}

export function keyFacts(p: Profile | null, countryName: (code: string) => string): KeyFacts {
  const orNull = (s: string) => (s.trim() ? s : null);
  if (!p) return { name: null, place: null, workRights: null, titles: null };
  const rights = p.workAuthorization.map(countryName).join(', ');
  const sponsorship =
    p.requiresSponsorship === null
      ? ''
      : p.requiresSponsorship
        ? '; needs sponsorship'
        : '; no sponsorship needed';
  return {
    name: orNull(personName(p)),
    place: orNull(
      [p.location.city, p.location.region, p.location.country && countryName(p.location.country)]
        .filter(Boolean)
        .join(', '),
    ),
    workRights: rights ? `${rights}${sponsorship}` : null,
    titles: orNull(p.targetTitles.filter(Boolean).join(', ')),
  };
}
