import { plainTitle } from '../normalize/title-decorations.ts';
import type { PageSignals } from './page.ts';
import { pickTitle } from './title-company.ts';

/**
 * Structured data about another job: a template's JSON-LD cloned from a sibling requisition ("Data Analyst II" on
 * the "Senior Data Analyst" page), a board's list of four JobPostings with the viewed one second, hidden microdata
 * for the junior version of the role. The page's own title is its heading where the <title> or og:title agrees with
 * it; a posting whose title is not that job is some other posting's data.
 */

/** Words that make a title another rung of the job: "Senior", "II", "Lead". */
const RUNG =
  /^(?:senior|sr|junior|jr|lead|principal|staff|head|chief|director|manager|supervisor|intern|trainee|assistant|associate|apprentice|graduate|i|ii|iii|iv|v)$/;

const wordsOf = (title: string) =>
  new Set(
    title
      .toLowerCase()
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/** One title holds the other's words, and what it adds is no rung ("Senior …" on "…" is another job). */
export function sameJob(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (!x.size || !y.size) return true;
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  if (![...small].every((w) => big.has(w))) return false;
  return ![...big].some((w) => !small.has(w) && RUNG.test(w));
}

/** The job the page itself shows: its heading, where the title metadata agrees with it; null when unsure. */
export function visibleJobTitle(sig: PageSignals): string | null {
  const picked = pickTitle(sig);
  // (without what the heading adds: "🚚 CDL-A Regional Driver – $1,800/wk – Home Weekly" shows "CDL-A Regional Driver")
  return picked?.detail === 'h1 matching <title>/og:title' ? plainTitle(picked.value) : null;
}
