import { LIMITS, textOf } from '../dom.ts';
import { parseDate } from '../normalize/dates.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { parseLocations } from '../normalize/location.ts';
import { toNumber } from '../normalize/money-amount.ts';
import { periodFromUnit } from '../normalize/salary-period.ts';
import type { FieldBag, SourceResult } from '../types.ts';

/**
 * schema.org JobPosting as microdata (`itemtype=".../JobPosting"` with `itemprop`s) or as RDFa (`typeof="JobPosting"`
 * with `property`s, as Canada's Job Bank prints it): the same properties, named by either attribute.
 */

/** The elements naming a property, by either attribute. */
const named = (...names: string[]) =>
  names.flatMap((n) => [`[itemprop~="${n}"]`, `[property~="${n}"]`]).join(', ');

function prop(scope: Element, name: string): Element | null {
  return scope.querySelector(named(name));
}
function val(el: Element | null): string {
  if (!el) return '';
  return (
    el.getAttribute('content') ??
    el.getAttribute('datetime') ??
    el.getAttribute('href') ??
    textOf(el, 2_000)
  ).trim();
}

/**
 * schema.org splits a posting's text across properties: `description` may be the job section alone,
 * with its requirements and pay in `qualifications`, `responsibilities`, `incentives` (the older name
 * of `incentiveCompensation`, where many boards print the pay) and the like. The posting is all of
 * them, in page order; one nested inside another is already in it.
 */
const POSTING_PARTS = [
  'description',
  'responsibilities',
  'qualifications',
  'skills',
  'educationRequirements',
  'experienceRequirements',
  'incentives',
  'incentiveCompensation',
  'jobBenefits',
];

function postingParts(scope: Element): Element[] {
  const all = [...scope.querySelectorAll(named(...POSTING_PARTS))];
  // Only elements with text: `<meta itemprop="incentives" content="">` carries none.
  const parts = all.filter((el) => el.tagName !== 'META' && el.textContent?.trim());
  return parts.filter((el) => !parts.some((o) => o !== el && o.contains(el)));
}

export function readMicrodata(
  doc: Document,
  ref: Date,
  scope: Element | null = doc.querySelector('[itemtype*="schema.org/JobPosting" i], [typeof~="JobPosting"]'),
): SourceResult | null {
  if (!scope) return null;
  const f: FieldBag = {};
  const title = val(prop(scope, 'title'));
  if (title) f.title = title;
  const org = prop(scope, 'hiringOrganization');
  const company = org ? val(prop(org, 'name') ?? org) : '';
  if (company) f.company = company;
  const loc = prop(scope, 'jobLocation');
  if (loc) {
    const parts = ['addressLocality', 'addressRegion', 'addressCountry']
      .map((n) => val(prop(loc, n)))
      .filter(Boolean);
    const raw = parts.length ? parts.join(', ') : textOf(loc, 500);
    if (raw) f.locations = parseLocations(raw);
  }
  // (every value: "Permanent employment", "Part time" are one list)
  const types = [...scope.querySelectorAll(named('employmentType'))];
  const et = parseEmploymentType(types.map(val).filter(Boolean).join(', '));
  if (et) f.employmentType = et;
  const base = prop(scope, 'baseSalary');
  if (base) {
    const min = toNumber(val(prop(base, 'minValue')));
    const max = toNumber(val(prop(base, 'maxValue')));
    const single = toNumber(val(prop(base, 'value')));
    const currency = val(prop(base, 'currency') ?? prop(scope, 'salaryCurrency')).toUpperCase();
    if (min != null || max != null || single != null) {
      f.salary = {
        min: min ?? single,
        max: max ?? single,
        currency: /^[A-Z]{3}$/.test(currency) ? currency : null,
        period: periodFromUnit(val(prop(base, 'unitText'))),
      };
    }
  }
  const parts = postingParts(scope);
  if (parts.length) {
    f.descriptionHtml = parts
      .map((el) => sanitizeElement(el, LIMITS.descriptionHtml))
      .join('\n')
      .slice(0, LIMITS.descriptionHtml);
    f.descriptionText = htmlToText(f.descriptionHtml);
  }
  const posted = parseDate(val(prop(scope, 'datePosted')), ref);
  if (posted) f.postedAt = posted;
  const valid = parseDate(val(prop(scope, 'validThrough')), ref);
  if (valid) f.validThrough = valid;
  if (prop(scope, 'jobLocationType') && /telecommute/i.test(val(prop(scope, 'jobLocationType'))))
    f.workType = 'remote';
  return Object.keys(f).length
    ? {
        fields: f,
        source: 'microdata',
        confidence: 0.85,
        detail: `${scope.hasAttribute('itemtype') ? 'microdata' : 'RDFa'} JobPosting`,
      }
    : null;
}
