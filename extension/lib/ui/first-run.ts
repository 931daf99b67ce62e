import { useLiveQuery } from 'dexie-react-hooks';
import {
  FIRST_RUN_SETTING,
  type FirstRunState,
  firstRunProgress,
  keyFacts,
} from '../../../shared/domain/first-run.ts';
import { countryOptions, optionByCode } from '../../../shared/geo/index.ts';
import { db } from '../db/database.ts';

const COUNTRIES = countryOptions();
const countryName = (code: string) => optionByCode(COUNTRIES, code)?.name ?? code;

/** The first-run path as stored (settings, profile, saved jobs), live. `undefined` while loading. */
export function useFirstRun() {
  return useLiveQuery(async () => {
    const [setting, profile, jobCount] = await Promise.all([
      db().settings.get(FIRST_RUN_SETTING),
      db().profiles.toCollection().first(),
      db().jobs.count(),
    ]);
    const state = setting?.value as FirstRunState | undefined;
    return {
      progress: firstRunProgress(state, { profile: profile ?? null, jobCount }),
      facts: keyFacts(profile ?? null, countryName),
      /** The stored profile the facts come from, which the inline fact forms start from. */
      profile: profile ?? null,
    };
  }, []);
}
