import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { Salary } from '../types.ts';

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
