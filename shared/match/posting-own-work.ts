/**
 * The part of a posting that is about its own work, as ruled-out.ts reads it: not the clauses that
 * say what the job is not, not the people it works beside or welcomes (in-passing.ts), not the hiring
 * steps, and its title read as what the posting says the title is (title-note.ts).
 */

import { withoutInPassing } from './in-passing.ts';
import { withoutOtherPostings } from './other-postings.ts';
import { perPosting } from './per-posting.ts';
import { affirmed } from './sentences.ts';
import { titleSaidToBe, withoutTitle } from './title-note.ts';
import type { PreparedJob } from './types.ts';

/** How the hiring goes ("Selection process: online coding test - two interviews"): not the work. */
const HIRING_STEPS =
  /\b(?:interview|selection|hiring|recruitment|application) (?:process|stages?|steps?|rounds?)\b|\binterviews?\b.*\b(?:rounds?|stages?)\b/i;
/**
 * A posting that says what the job is not is on the person's side: its denied clauses are not read,
 * nor the people it works beside or welcomes (in-passing.ts). Worked out once per posting, and only
 * for people who ruled something out.
 */
export const ownWorkText = perPosting((job): string => {
  const text = readOwnWork(job.parsed.text);
  return titleSaidOf(job) ? withoutTitle(job.parsed.title, text) : text;
});

/** The affirmed text without the people named in passing and the hiring steps. */
export const readOwnWork = (text: string): string =>
  withoutInPassing(affirmed(withoutOtherPostings(text)))
    .split('\n')
    .filter((line) => !HIRING_STEPS.test(line))
    .join('\n');

/**
 * What the posting says its title is (title-note.ts); null when it says nothing. Read once per posting:
 * the ruled-out reader asks for every phrase of every person, and the side panel asks again.
 */
export const titleSaidOf = perPosting((job): string | null =>
  titleSaidToBe(job.parsed.title, job.parsed.text),
);

/** The posting's title, or what the posting says the title is when it says (title-note.ts). */
export const titleOf = (job: PreparedJob) => titleSaidOf(job) ?? job.parsed.title;

/**
 * A hiring page's title that lists its openings ("Acme is hiring: Senior Backend Engineer (Go), Frontend
 * Engineer, Marketing Manager (US)"): no one of them is the page's job, so a role the person rules out
 * among them does not make the page that role. Its body still may.
 */
export const listsOpenings = (title: string) => /\bhiring\s*[:–—-]\s*[^,]+,\s*[^,]+/i.test(title);
