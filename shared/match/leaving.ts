/**
 * The work a person is leaving: someone who holds an individual contributor's job ("Senior Accountant")
 * and whose every target manages people ("Finance Manager or FP&A Manager") has said the job they hold is
 * the one they want out of. A posting for that same job, its body giving it no reports, is that work:
 * its words match theirs best because it is what they did, not what they are after. Targets phrased
 * differently from a title that is really the same job ("Senior backend IC" for a "Senior Software
 * Engineer, Billing Platform", "Senior CSM" for a "Customer Success Manager") stay on the same side of
 * the manager line, so they never read as leaving.
 */
import { type TitleInfo, titleInfo, titleSimilarity } from './title-likeness.ts';
import { isManagerTitle, STANDS_IN } from './titles.ts';
import type { PreparedJob } from './types.ts';

/** The job the person holds and is leaving, with the management roles they named instead. */
export interface HeldRole {
  text: string;
  info: TitleInfo;
  targets: string[];
}

/** How like the held title a posting's must be to be that job (titleSimilarity; 1 = the same words). */
const SAME_JOB = 0.9;

/**
 * A management target, not a deputy's post: an assistant or associate manager stands in for the
 * manager at a senior level (titles.ts), which an individual contributor's career reaches too.
 */
const managesPeople = (title: string) => isManagerTitle(title) && !STANDS_IN.test(title);

/** The held job when every target manages people and it does not; null otherwise. */
export function heldRoleLeft(latestTitle: string | undefined, targets: readonly string[]): HeldRole | null {
  if (!latestTitle || !targets.length || isManagerTitle(latestTitle)) return null;
  if (!targets.every(managesPeople)) return null;
  return { text: latestTitle, info: titleInfo(latestTitle), targets: [...targets] };
}

/** An individual contributor's post for the job the person is leaving. */
export function isWorkLeft(held: HeldRole | null, job: PreparedJob): boolean {
  return !!held && job.isIndividualContributor && titleSimilarity(job.title, held.info) >= SAME_JOB;
}
