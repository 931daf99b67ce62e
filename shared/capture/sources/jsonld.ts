import { LIMITS, squash } from '../dom.ts';
import { decodeEntities } from '../entities.ts';
import { parseDate } from '../normalize/dates.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, looksLikeHtml, plainTextToHtml, sanitizeHtmlString } from '../normalize/html.ts';
import { parseLocation } from '../normalize/location.ts';
import { toNumber } from '../normalize/money-amount.ts';
import { periodFromUnit } from '../normalize/salary-period.ts';
import type { FieldBag, Location, Salary, SourceResult } from '../types.ts';
import { sameJob } from './same-posting.ts';

/**
 * schema.org JobPosting in JSON-LD: walks `@graph`, arrays and nested objects; tolerates
 * entity-encoded text, HTML descriptions, every `baseSalary` shape, `jobLocation`
 * (Place/PostalAddress/string/array), `applicantLocationRequirements` and TELECOMMUTE.
 */

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeIs(o: Json, t: string): boolean {
  const ty = o['@type'];
  const list = Array.isArray(ty) ? ty : [ty];
  return list.some(
    (x) => typeof x === 'string' && x.replace(/^.*[/:]/, '').toLowerCase() === t.toLowerCase(),
  );
}

/** Find JobPosting objects anywhere inside parsed JSON-LD (bounded depth and count). */
export function findPostings(root: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6 || out.length > 5) return out;
  if (Array.isArray(root)) for (const x of root.slice(0, 200)) findPostings(x, out, depth + 1);
  else if (isObj(root)) {
    if (typeIs(root, 'JobPosting')) out.push(root);
    else for (const v of Object.values(root)) if (typeof v === 'object' && v) findPostings(v, out, depth + 1);
  }
  return out;
}

/** JSON-LD blocks often carry raw newlines/tabs inside strings or trailing commas; be lenient. */
export function parseJsonLoose(text: string): unknown {
  const t = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(t);
  } catch {}
  try {
    return JSON.parse(t.replace(/\p{Cc}+/gu, ' ').replace(/,\s*([}\]])/g, '$1'));
  } catch {
    return null;
  }
}

const str = (v: unknown): string => {
  if (typeof v === 'string') return squash(decodeEntities(v));
  if (typeof v === 'number') return String(v);
  if (isObj(v)) return str(v.name ?? v['@value'] ?? v.value ?? '');
  if (Array.isArray(v)) return str(v[0]);
  return '';
};

function addressToLocation(addr: unknown): Location | null {
  if (typeof addr === 'string') return addr.trim() ? parseLocation(decodeEntities(addr)) : null;
  if (!isObj(addr)) return null;
  const city = str(addr.addressLocality);
  const region = str(addr.addressRegion);
  const country = str(addr.addressCountry);
  const parts: string[] = [];
  for (const p of [city, ...region.split(','), country].map((x) => x.trim()).filter(Boolean)) {
    if (!parts.some((q) => q.toLowerCase() === p.toLowerCase())) parts.push(p);
  }
  if (!parts.length) return null;
  const parsed = parseLocation(parts.join(', '));
  return { ...parsed, ...(city ? { city } : {}) };
}

function placeToLocation(p: unknown): Location | null {
  if (typeof p === 'string') return addressToLocation(p);
  if (!isObj(p)) return null;
  return addressToLocation(p.address) ?? (str(p.name) ? parseLocation(str(p.name)) : null);
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

function salaryFrom(base: unknown, fallbackCurrency?: unknown): Salary | null {
  const b = list(base)[0];
  if (b == null) return null;
  if (typeof b === 'number' || typeof b === 'string') {
    const n = toNumber(b);
    return n == null ? null : { min: n, max: n, currency: str(fallbackCurrency) || null, period: null };
  }
  if (!isObj(b)) return null;
  const value = isObj(b.value) ? b.value : b;
  let min = toNumber(value.minValue ?? value.minvalue);
  let max = toNumber(value.maxValue ?? value.maxvalue);
  const single = toNumber(isObj(b.value) ? (b.value.value ?? null) : b.value);
  if (min == null && max == null && single != null) min = max = single;
  // Placeholders ("value": 0, or 1 where a form would not take an empty pay field) are not a salary.
  if (min != null && min <= 1) min = null;
  if (max != null && max <= 1) max = null;
  if (min == null && max == null) return null;
  if (min != null && max != null && max < min) [min, max] = [max, min];
  const written = (str(b.currency) || str(value.currency) || str(fallbackCurrency)).toUpperCase();
  // Russian boards (hh.ru's API and pages) still write the rouble's pre-1998 code.
  const currency = written === 'RUR' ? 'RUB' : written;
  const period = periodFromUnit(value.unitText ?? b.unitText);
  return {
    min,
    max,
    currency: /^[A-Z]{3}$/.test(currency) ? currency : null,
    period: period ?? (min != null && min > 15_000 ? 'YEAR' : null),
  };
}

/** Fields of one JobPosting object. */
export function fieldsFromPosting(p: Json, ref: Date): FieldBag {
  const f: FieldBag = {};
  const title = str(p.title ?? p.name);
  if (title) f.title = title;
  const org = list(p.hiringOrganization)[0];
  const company = str(org);
  if (company) f.company = company;
  const locs: Location[] = [];
  for (const place of list(p.jobLocation).slice(0, 20)) {
    const l = placeToLocation(place);
    if (l) locs.push(l);
  }
  const remote = list(p.jobLocationType).some((t) => /telecommute|remote/i.test(str(t)));
  const applicant = list(p.applicantLocationRequirements).map(str).filter(Boolean);
  // A remote posting's jobLocation is often the employer's address: where applicants may live
  // ("Anywhere in the World", "USA") is a place of the job too.
  if (remote && (!locs.length || applicant.length)) {
    const where = applicant.length ? ` (${applicant.join(', ')})` : '';
    locs.push(parseLocation(`Remote${where}`));
  }
  if (locs.length) f.locations = locs;
  if (remote) f.workType = 'remote';
  const salary = salaryFrom(p.baseSalary ?? p.estimatedSalary, p.salaryCurrency);
  if (salary) f.salary = salary;
  const et = parseEmploymentType(p.employmentType);
  if (et) f.employmentType = et;
  const desc = typeof p.description === 'string' ? p.description.slice(0, LIMITS.descriptionHtml * 2) : '';
  if (desc) {
    // Descriptions come as HTML, as entity-encoded HTML ("&lt;p&gt;"), or as plain text.
    const decoded = /&lt;[a-z/]/i.test(desc) ? decodeEntities(desc) : desc;
    const html = looksLikeHtml(decoded) ? sanitizeHtmlString(decoded) : plainTextToHtml(decoded);
    f.descriptionHtml = html;
    f.descriptionText = htmlToText(html);
  }
  const posted = parseDate(str(p.datePosted), ref);
  if (posted) f.postedAt = posted;
  const valid = parseDate(str(p.validThrough), ref);
  if (valid) f.validThrough = valid;
  const apply = str(p.url) || str(isObj(p.potentialAction) ? p.potentialAction.target : '');
  if (/^https?:\/\//.test(apply) && p.directApply === true) f.applyUrl = apply;
  return f;
}

/** The first JobPosting among the page's JSON-LD blocks. */
/**
 * The page's JobPosting: the first, or, where the page shows its job's title (`shown`), the first about that job
 * (same-posting.ts); none when every posting is about another job.
 */
export function readJsonLd(
  doc: Document,
  ref: Date,
  scripts: readonly Element[] = Array.from(
    doc.querySelectorAll('script[type="application/ld+json"], script[type="application/json+ld"]'),
  ),
  shown: string | null = null,
): SourceResult | null {
  for (const s of scripts.slice(0, 30)) {
    const text = s.textContent ?? '';
    if (!text || text.length > LIMITS.scriptText || !/JobPosting/i.test(text)) continue;
    const posting = findPostings(parseJsonLoose(text)).find(
      (p) => !shown || sameJob(shown, str(p.title ?? p.name) ?? ''),
    );
    if (posting)
      return {
        fields: fieldsFromPosting(posting, ref),
        source: 'jsonld',
        confidence: 0.95,
        detail: 'JSON-LD JobPosting',
      };
  }
  return null;
}
