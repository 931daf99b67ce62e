import { wordsOnly } from '../../text/words-only.ts';
import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import { bandOfSpans } from '../sources/pay-ends.ts';
import type { Location, Salary } from '../types.ts';

/** The pay inputs a Greenhouse page shows, each with its title's words, when there are several. */
function payInputs(doc: Document): Array<{ title: string; el: Element }> {
  const inputs = Array.from(doc.querySelectorAll('.pay-input')).slice(0, 12);
  if (inputs.length < 2) return [];
  return inputs.map((el) => ({ title: ` ${wordsOnly(textOf(el.querySelector('.title'), 200))} `, el }));
}

const bandOf = (el: Element) => {
  const range = el.querySelector('.pay-range');
  return (range && bandOfSpans(range)) ?? parseSalary(textOf(range ?? el, 300), { minScore: 1 });
};

/**
 * Greenhouse prints one pay input per band the employer set up, each under its own title (a level
 * of the job family, an office, a shift). Where several are shown and exactly one is titled with the
 * posting's own title ("Senior Analyst" among "Analyst II" and "Senior Analyst", or "Senior Analyst
 * base range"), that band is this opening's pay; otherwise null, and the first band stands for the
 * later readings (a span of levels or the band for the job's place) to correct.
 */
export function payInputTitled(doc: Document, jobTitle: string): Salary | null {
  const title = wordsOnly(jobTitle);
  if (!title) return null;
  const named = payInputs(doc).filter((input) => input.title.includes(` ${title} `));
  return named.length === 1 ? bandOf(named[0]!.el) : null;
}

/**
 * Bands titled by office ("New York City base salary range", "Chicago base salary range"): a job
 * offered at several of them pays from the lowest of their bands to the highest, and a job at one
 * of them pays its band. Each of the job's cities must title exactly one band, in one currency;
 * otherwise null and the first band stands.
 */
export function payInputsForPlaces(doc: Document, locations: readonly Location[] | undefined): Salary | null {
  const cities = (locations ?? []).map((l) => wordsOnly(l.city ?? ''));
  const inputs = payInputs(doc);
  if (!inputs.length) return null;
  if (!cities.length || cities.some((c) => !c)) return spanOfZones(inputs);
  const bands: Salary[] = [];
  for (const city of cities) {
    const at = inputs.filter((input) => input.title.includes(` ${city} `));
    const band = at.length === 1 ? bandOf(at[0]!.el) : null;
    if (!band || band.min == null || band.max == null) return null;
    bands.push(band);
  }
  return spanOf(bands);
}

/** A band per pay zone of a country ("Zone A (San Francisco Bay Area, New York City)", "Tier 2 markets"). */
const ZONE_TITLE = / (zone|tier|geo|geographic|region|market|markets|metro|area|areas|locations) /;

/**
 * Bands by pay zone, for a job placed in no one city (remote in the country): the job pays from the
 * lowest zone's floor to the highest zone's ceiling, whichever zone the hire lives in.
 */
function spanOfZones(inputs: ReturnType<typeof payInputs>): Salary | null {
  if (!inputs.every((input) => ZONE_TITLE.test(input.title))) return null;
  const bands = inputs.map((input) => bandOf(input.el));
  if (bands.some((b) => !b || b.min == null || b.max == null)) return null;
  return spanOf(bands as Salary[]);
}

function spanOf(bands: Salary[]): Salary | null {
  if (new Set(bands.map((b) => `${b.currency} ${b.period}`)).size !== 1) return null;
  const min = Math.min(...bands.map((b) => b.min!));
  const max = Math.max(...bands.map((b) => b.max!));
  // The text read is every band's, for the reviewer to see where the span came from.
  return { ...bands[0]!, min, max, text: bands.map((b) => b.text).join('; ') };
}

/**
 * The pay Greenhouse's bands give this posting: the band titled as it (by level), else its offices' or its
 * country's zones' span, else the one band shown, its two ends read around a divider drawn by CSS alone.
 */
export function payOfBands(
  doc: Document,
  jobTitle: string | undefined,
  locations: readonly Location[] | undefined,
) {
  const bands = doc.querySelectorAll('.pay-range');
  return (
    (jobTitle ? payInputTitled(doc, jobTitle) : null) ??
    payInputsForPlaces(doc, locations) ??
    (bands.length === 1 ? bandOfSpans(bands[0]!) : null)
  );
}
