import type { SelectorSpec } from '../../boards/types.ts';
import { firstEl, firstText, LIMITS, squash, textOf } from '../dom.ts';
import { parseDate } from '../normalize/dates.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { LOCATION_LABEL, parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { amongOtherPostings } from '../sources/other-postings.ts';
import type { AdapterResult, FieldBag } from '../types.ts';

/**
 * Shared reading for adapters: selectors are data (first match wins, alternatives listed per DOM
 * variant), this turns them into fields.
 */
export type { SelectorSpec };

const strip = (s: string) => squash(s).replace(/^[\s·•|/,-]+|[\s·•|/,-]+$/g, '');

/**
 * The first selector match outside a "Similar jobs" list: a board's `.pay` or `.location` class
 * is printed on every card there too, and those cards are other postings.
 */
function postingText(root: ParentNode, selectors: readonly string[], max: number): string {
  for (const sel of selectors) {
    let els: Element[] = [];
    try {
      els = Array.from(root.querySelectorAll(sel)).slice(0, 20);
    } catch {
      continue;
    }
    const el = els.find((e) => !amongOtherPostings(e));
    const t = el ? textOf(el, max) : '';
    if (t) return t;
  }
  return '';
}

export function readSelectors(doc: Document, spec: SelectorSpec = {}, ref = new Date()): AdapterResult {
  const root: ParentNode = (spec.root && firstEl(doc, spec.root)) || doc;
  const f: FieldBag = {};
  const title = strip(firstText(root, spec.title ?? [], 300));
  if (title) f.title = title;
  const company = strip(firstText(root, spec.company ?? [], 200)).replace(/^at\s+/i, '');
  if (company) f.company = company;
  const location = strip(postingText(root, spec.location ?? [], 500)).replace(LOCATION_LABEL, '');
  if (location) f.locations = parseLocations(location);
  const et = parseEmploymentType(postingText(root, spec.employmentType ?? [], 200));
  if (et) f.employmentType = et;
  const wtText = postingText(root, spec.workType ?? [], 200);
  const wt = workTypeFromLabel(wtText) ?? (location ? workTypeFromLabel(location) : null);
  if (wt) f.workType = wt;
  const salaryText = postingText(root, spec.salary ?? [], 500);
  const salary = salaryText ? parseSalary(salaryText, { minScore: 1 }) : null;
  if (salary) f.salary = salary;
  const desc = firstEl(root, spec.description ?? []);
  if (desc) {
    const more = (spec.descriptionMore ?? [])
      .map((sel) => root.querySelector(sel))
      .filter((el): el is Element => !!el && el !== desc && !desc.contains(el));
    f.descriptionHtml = [desc, ...more].map((el) => sanitizeElement(el, LIMITS.descriptionHtml)).join('');
    f.descriptionText = htmlToText(f.descriptionHtml);
  }
  const postedEl = firstEl(root, spec.posted ?? []);
  const posted = parseDate(postedEl?.getAttribute('datetime') ?? textOf(postedEl, 100), ref);
  if (posted) f.postedAt = posted;
  const apply = firstEl(root, spec.apply ?? [])?.getAttribute('href');
  if (apply && /^https?:\/\//.test(apply)) f.applyUrl = apply;
  const posting = spec.posting
    ? !!firstEl(root, spec.posting)
    : !!(f.title && (f.descriptionText || f.locations));
  return { fields: f, posting };
}

/**
 * Value printed after a label ("Location", "Employment Type"): a <dt>/<dd> pair, a heading and the
 * next sibling, or "Label: value" in one element. Bounded to the first 300 candidates.
 */
export function labelValue(root: ParentNode, label: RegExp): string {
  const els = root.querySelectorAll('dt, th, h2, h3, h4, h5, h6, strong, b, label, span, div, p');
  const n = Math.min(els.length, 1_500);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    if (el.children.length > 2) continue;
    const own = squash(textOf(el, 120));
    if (!own || own.length > 60) continue;
    const inline = own.match(/^([^:]{2,40}):\s*(.+)$/);
    if (inline && label.test(inline[1]!)) return inline[2]!.trim();
    if (!label.test(own.replace(/:\s*$/, ''))) continue;
    const next = el.nextElementSibling;
    const t = next ? squash(textOf(next, 300)) : '';
    if (t) return t;
  }
  return '';
}
