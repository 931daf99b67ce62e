import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { Salary } from '../types.ts';

/**
 * A pay range printed as its ends in spans around a divider ("<span>$68,000</span><span class=divider>
 * </span><span>$78,000 USD</span>", Greenhouse's pay-transparency widget and its copies), whose dash may
 * be drawn by CSS alone: the ends, joined by a dash. Read on the element or on a range inside it.
 */
export function bandOfSpans(el: Element): Salary | null {
  for (const range of [el, el.querySelector('[class*="range" i]')]) {
    if (!range) continue;
    const ends = Array.from(range.children)
      .filter((c) => !/divider/.test(c.getAttribute('class') ?? ''))
      .map((c) => textOf(c, 100))
      .filter(Boolean);
    // Each end a figure alone ("$230,000 USD"), not a pay input with its own title and words.
    const band =
      ends.length === 2 && ends.every((e) => e.length <= 30)
        ? parseSalary(ends.join(' – '), { minScore: 1 })
        : null;
    if (band) return band;
  }
  return null;
}
