import { arrangementOfProse } from '../capture/normalize/arrangement.ts';
import { BULLET, headingKind, inlineLabel, type SectionKind } from '../capture/normalize/sections.ts';

/**
 * Split a posting into sections by its headings, so a skill under "Nice to have" counts as
 * preferred and "health insurance" under "Benefits" counts as nothing. Headings are read by the
 * shared reader in capture/normalize/sections.ts.
 */
export { isPreferredLine, type SectionKind } from '../capture/normalize/sections.ts';

export interface Line {
  text: string;
  kind: SectionKind;
  /** Offset of the line in the description (for evidence highlighting). */
  start: number;
}

// Equal-opportunity and accommodation statements sit anywhere and ask nothing of the applicant.

const BOILERPLATE =
  /\b(equal opportunity|without regard to|regardless of|reasonable accommodation|e-verify|we are an equal)\b/i;
export function splitSections(text: string): Line[] {
  const out: Line[] = [];
  let kind: SectionKind = 'intro';
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    if (!raw.trim()) continue;
    const heading = headingKind(raw);
    if (heading) {
      kind = heading;
      continue;
    }
    const inline = inlineLabel(raw);
    if (inline) {
      out.push({ text: inline.rest, kind: inline.kind, start: start + raw.indexOf(inline.rest) });
      continue;
    }
    const body = raw.replace(BULLET, '').trim();
    if (!body) continue;
    out.push({
      text: body,
      kind: BOILERPLATE.test(body) ? 'benefits' : kind,
      start: start + raw.indexOf(body),
    });
  }
  return out;
}

/**
 * Pay, schedule and work-arrangement lines inside a requirements list: conditions read elsewhere
 * (salary, location, remote), not requirements to check against a resume.
 */
const PAY_OR_HOURS =
  /[£$€]\s?\d|\b(salary|compensation|pay range|base pay|share options|equity|benefits|pto|401\(k\)|per hour|full[- ]time|part[- ]time)\b|\bdays? (?:a|per) week\b|\b(?:fully )?remote (?:within|in|anywhere)\b/i;
/** A work arrangement by the shared reader: "hybrid cloud" is a skill, "Hybrid, 2 days a week" a condition. */
export const isConditionsLine = (text: string) =>
  PAY_OR_HOURS.test(text) || arrangementOfProse(text) !== null || /^\W*hybrid\W*$/i.test(text);

/**
 * Lines of an unstructured posting that read like requirements, including the way prose pages ask
 * ("you'll be a good fit if you have spent several years building …").
 */
export const REQUIREMENT_CUE =
  /\b(\d+\+?\s*(?:or more\s+)?(?:-|–|to)?\s*\d*\+?\s*years?|experience (?:with|in)|proficien\w+|knowledge of|familiar\w* with|degree|bachelor|master|license|licensure|certif\w+|must have|required|ability to|skills? in|(?:good|great|strong) (?:fit|match) if|you(?:'ll|’ll| will) (?:need|bring)|several years|we value|(?:is|are|would be) a (?:strong |big |real )?plus)\b/i;
