import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { Location, Salary } from '../types.ts';

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Greenhouse prints one pay input per band the employer set up, each under its own title (a level
 * of the job family, an office, a shift). Where several are shown and exactly one is titled with the
 * posting's own title ("Senior Analyst" among "Analyst II" and "Senior Analyst", or "Senior Analyst
 * base range"), that band is this opening's pay; otherwise null, and the first band stands for the
 * later readings (a span of levels or the band for the job's place) to correct.
 */
export function payInputTitled(doc: Document, jobTitle: string): Salary | null {
  const title = words(jobTitle);
  if (!title) return null;
  const inputs = Array.from(doc.querySelectorAll('.pay-input')).slice(0, 12);
  if (inputs.length < 2) return null;
  const named = inputs.filter((el) => {
    const label = words(textOf(el.querySelector('.title'), 200));
    return label === title || ` ${label} `.includes(` ${title} `);
  });
  if (named.length !== 1) return null;
  const range = named[0]!.querySelector('.pay-range') ?? named[0]!;
  return parseSalary(textOf(range, 300), { minScore: 1 });
}

/**
 * Bands titled by office ("New York City base salary range", "Chicago base salary range"): a job
 * offered at several of them pays from the lowest of their bands to the highest, and a job at one
 * of them pays its band. Each of the job's cities must title exactly one band, in one currency;
 * otherwise null and the first band stands.
 */
export function payInputsForPlaces(doc: Document, locations: readonly Location[] | undefined): Salary | null {
  const cities = (locations ?? []).map((l) => words(l.city ?? ''));
  if (!cities.length || cities.some((c) => !c)) return null;
  const inputs = Array.from(doc.querySelectorAll('.pay-input')).slice(0, 12);
  if (inputs.length < 2) return null;
  const titles = inputs.map((el) => ` ${words(textOf(el.querySelector('.title'), 200))} `);
  const bands: Salary[] = [];
  for (const city of cities) {
    const at = titles.flatMap((t, i) => (t.includes(` ${city} `) ? [i] : []));
    if (at.length !== 1) return null;
    const band = parseSalary(textOf(inputs[at[0]!]!.querySelector('.pay-range') ?? inputs[at[0]!]!, 300), {
      minScore: 1,
    });
    if (!band || band.min == null || band.max == null) return null;
    bands.push(band);
  }
  if (new Set(bands.map((b) => b.currency)).size !== 1) return null;
  const min = Math.min(...bands.map((b) => b.min!));
  const max = Math.max(...bands.map((b) => b.max!));
  // The text read is every band's, for the reviewer to see where the span came from.
  return { ...bands[0]!, min, max, text: bands.map((b) => b.text).join('; ') };
}
