// The no-model path: tailoring from the match engine's evidence. Labelled as such wherever it shows,
// and the fallback when a provider fails.
import type { Profile } from '../../domain/index.ts';
import type { DocOf, MaterialKind, MaterialOptions } from '../schema.ts';
import type { MaterialJob } from '../sources.ts';
import { deterministicAnswers } from './answers.ts';
import { deterministicBrief } from './brief.ts';
import { gatherEvidence } from './evidence.ts';
import { deterministicLetter } from './letter.ts';
import { deterministicResume } from './resume.ts';
import { deterministicSkills } from './skills.ts';

export const DETERMINISTIC_PROVIDER = 'deterministic';
export const DETERMINISTIC_LABEL = 'Assembled from your profile without a model';

export { gatherEvidence };

export function generateDeterministic<K extends MaterialKind>(
  kind: K,
  profile: Profile,
  job: MaterialJob,
  options: MaterialOptions,
): DocOf<K> {
  const ev = gatherEvidence(profile, job);
  switch (kind) {
    case 'resume':
      return deterministicResume(profile, ev) as DocOf<K>;
    case 'cover_letter':
      return deterministicLetter(job, ev, options) as DocOf<K>;
    case 'answers':
      return deterministicAnswers(job, ev, options.questions) as DocOf<K>;
    case 'skills_optimization':
      return deterministicSkills(ev) as DocOf<K>;
    default:
      return deterministicBrief(job) as DocOf<K>;
  }
}
