import { LIMITS, metaContent, squash, textOf } from '../dom.ts';
import { parseDate } from '../normalize/dates.ts';
import { employmentTypeInHeader, parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { FieldBag, FieldSource, SourceResult } from '../types.ts';
import { headerZone, zoneChips } from './header.ts';
import { findDescriptionElement } from './main-text.ts';
import { cleanSiteName, isGenericSegment, key, namesSite, type PageSignals, SEPARATORS } from './page.ts';
import { type PageScan, scanPage } from './scan.ts';

/**
 * The generic fallback for any career page: title from h1 / og:title / <title>, company from
 * og:site_name / title segments / logo alt / domain, location and employment type from the
 * header around the title, salary from pay patterns, description from the densest text block.
 */

const TITLE_PREFIX =
  /^(?:job application for|apply for|apply now:?|job:|vacancy:|career opportunity:?|job opening:?|job details:?|stellenangebot:?|offre d'emploi:?)\s+/i;
const TITLE_JOB_IN = /\s+(?:job|jobs|position|vacancy)\s+(?:in|at)\s+.+$/i;

/** The title metadata minus site/company segments ("Sales Engineer, APAC – Vercel" → "Sales Engineer, APAC"). */
export function titleFromMeta(
  raw: string,
  sig: PageSignals,
  company?: string,
): { title: string; dropped: string[] } {
  let t = raw.replace(TITLE_PREFIX, '').trim();
  const dropped: string[] = [];
  const at = t.match(/^(.+?)\s+at\s+([^|–—-]+)$/i);
  if (at && (namesSite(at[2]!, sig, company) || at[2]!.split(' ').length <= 4)) {
    dropped.push(at[2]!.trim());
    t = at[1]!;
  }
  for (let i = 0; i < 4; i++) {
    const parts = t.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts.at(-1)!;
    const first = parts[0]!;
    if (namesSite(last, sig, company) || /\bcareers?\b|\bjobs?\b/i.test(last)) {
      dropped.push(last);
      t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    } else if (namesSite(first, sig, company)) {
      dropped.push(first);
      t = t.slice(first.length).replace(/^[\s|–—·•:-]+/, '');
    } else if (looksLikePlace(last) && !looksLikePlace(first)) {
      // "Engineer | Los Gatos, California, United States | Netflix": the place is not the title.
      dropped.push(last);
      t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    } else break;
  }
  return { title: t.replace(TITLE_JOB_IN, '').trim(), dropped };
}

function looksLikePlace(seg: string): boolean {
  const l = parseLocations(seg)[0];
  return !!l && !!(l.country || l.region) && seg.split(/[\s,]+/).length <= 8;
}

interface Picked {
  value: string;
  conf: number;
  el?: Element | null;
  detail: string;
}

export function pickTitle(sig: PageSignals, company?: string): Picked | null {
  const metas = [sig.ogTitle, sig.docTitle].filter(Boolean).map((m) => titleFromMeta(m, sig, company).title);
  const h1s = sig.h1s
    .map((el) => ({ el, text: squash(textOf(el, 300)) }))
    .filter((h) => h.text && h.text.length < 200);
  for (const h of h1s) {
    const k = key(h.text);
    if (
      k.length > 2 &&
      !namesSite(h.text, sig, company) &&
      metas.some((m) => key(m) === k || key(m).includes(k) || (k.includes(key(m)) && key(m).length > 5))
    ) {
      return { value: h.text, conf: 0.85, el: h.el, detail: 'h1 matching <title>/og:title' };
    }
  }
  const meta = metas.find(
    (m) => m.length > 2 && !namesSite(m, sig, company) && !/^careers?\b|\bcareers at\b/i.test(m),
  );
  if (meta) {
    // The same text in a heading anchors the header zone (Lever's apply page uses an h2).
    const k = key(meta);
    const el = sig.headings.find((e) => key(textOf(e, 300)) === k) ?? null;
    return { value: meta, conf: 0.65, el, detail: 'og:title/<title> minus site name' };
  }
  const h = h1s.find((x) => !namesSite(x.text, sig, company));
  if (h) return { value: h.text, conf: 0.55, el: h.el, detail: 'first h1' };
  return null;
}

const NOT_COMPANY =
  /^(?:us|you|the (?:role|team|job|position|company|opportunity)|this (?:role|job|position|team)|our (?:team|company)|the\b|working|life|benefits|role|team|position)\b/i;

export function companyFromHeadings(headings: readonly Element[]): string | null {
  for (const h of headings) {
    const t = squash(textOf(h, 120)).replace(/[:.!]+$/, '');
    if (t.length > 60) continue;
    const m =
      t.match(/^(?:about|careers? at|working at|life at|join|why)\s+(.+)$/i) ?? t.match(/^(.+?)\s+careers$/i);
    const name = m?.[1]?.trim();
    if (name && !NOT_COMPANY.test(name) && name.split(' ').length <= 4 && /^[\p{Lu}\d]/u.test(name)) {
      return name;
    }
  }
  return null;
}

/** A logo image: says so in its class/alt/src, or sits in the page header or the home link. */
function isLogo(img: Element): boolean {
  if (
    /logo/i.test(
      `${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''}`,
    )
  )
    return true;
  let cur = img.parentElement;
  for (let i = 0; cur && i < 6; i++, cur = cur.parentElement) {
    if (cur.tagName === 'HEADER' || (cur.tagName === 'A' && cur.getAttribute('href') === '/')) return true;
  }
  return false;
}

export function pickCompany(sig: PageSignals): Picked | null {
  // A title segment that names the employer's own domain ("… | Roblox", "… – Vercel").
  for (const raw of [sig.ogTitle, sig.docTitle]) {
    if (!raw) continue;
    const { dropped } = titleFromMeta(raw, sig);
    for (const d of dropped) {
      const clean = cleanSiteName(d);
      if (!sig.sharedHost && clean && key(clean).includes(key(sig.domain)) && clean.length < 60) {
        return { value: clean, conf: 0.8, detail: 'title segment naming the site domain' };
      }
    }
  }
  const site = cleanSiteName(sig.siteName);
  if (site && site.length < 60 && !sig.sharedHost) return { value: site, conf: 0.7, detail: 'og:site_name' };
  for (const raw of [sig.docTitle, sig.ogTitle]) {
    const at = raw.match(/\s+at\s+([^|–—]{2,60})$/i);
    if (at) return { value: cleanSiteName(at[1]!.trim()), conf: 0.6, detail: '"… at Company" in title' };
  }
  // "About Vercel:" / "CAREERS AT NVIDIA" headings name the employer.
  const named = companyFromHeadings(sig.headings);
  if (named) return { value: named, conf: 0.5, detail: 'heading naming the company' };
  const logo = sig.images.find(isLogo) ?? null;
  const alt = squash(logo?.getAttribute('alt') ?? '')
    .replace(/\s*logo\s*$/i, '')
    .trim();
  if (alt && alt.length < 50 && !/\b(?:logo|home|careers?|jobs?|image|icon|menu)\b/i.test(alt)) {
    return { value: alt, conf: 0.5, detail: 'logo alt text' };
  }
  if (site && site.length < 60) return { value: site, conf: 0.45, detail: 'og:site_name (shared host)' };
  // ATS hosts put the employer in the subdomain: nvidia.wd5.myworkdayjobs.com, acme.bamboohr.com.
  const sub = sig.host.split('.')[0] ?? '';
  const generic = /^(?:www|jobs|careers|boards|job-boards|apply|app|api|en|us|eu|uk)$/i;
  if (sig.sharedHost && sig.host.split('.').length > 2 && sub && !generic.test(sub)) {
    return { value: sub[0]!.toUpperCase() + sub.slice(1), conf: 0.35, detail: 'ATS subdomain' };
  }
  // "Title | Brand" / "Title – Brand": the usual brand slot (a plain hyphen is often part of a title).
  const parts = (sig.ogTitle || sig.docTitle).split(/\s+[|–—·•]\s+/);
  const brand = parts.length > 1 ? cleanSiteName(parts.at(-1)!) : '';
  if (
    brand &&
    brand.split(' ').length <= 3 &&
    !isGenericSegment(brand) &&
    !/\bjobs?\b|\bcareers?\b/i.test(brand)
  ) {
    return { value: brand, conf: 0.45, detail: 'trailing title segment' };
  }
  if (!sig.sharedHost && sig.domain) {
    return { value: sig.domain[0]!.toUpperCase() + sig.domain.slice(1), conf: 0.4, detail: 'domain name' };
  }
  return null;
}

/** "San Francisco, CA", "Remote (US)", "Berlin, Germany", "London" next to other chips. */
const PLACE_LIKE =
  /^(?:remote\b.*|.*\(remote\)|[A-Z][\p{L}.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,40}){1,3}|[A-Z][\p{L}.'’ -]{1,40}\s+[A-Z]{2,3})$/u;

export function pickLocation(candidates: Element[], chips: string[]): Picked | null {
  for (const el of candidates) {
    if (el.querySelector('input, select, textarea, form')) continue;
    let t = squash(textOf(el, 300)).replace(/^(?:locations?|job location|work location|where)\s*:?\s*/i, '');
    // "(Australia)" inside "Remote (Australia)": read the enclosing chip.
    if (/^\(/.test(t) && el.parentElement) t = squash(textOf(el.parentElement, 300));
    if (t && t.length <= 150 && /\p{L}/u.test(t))
      return { value: t, conf: 0.7, el, detail: 'element labelled location' };
  }
  for (const c of chips) {
    const t = c.replace(/^(?:locations?|where)\s*:?\s*/i, '');
    if (t.length > 150) continue;
    const loc = parseLocations(t)[0];
    // "Hybrid (Lisbon, Portugal)": judge the place without the arrangement words around it.
    const place = t
      .replace(/\b(?:remote|hybrid|on-?site)\b|[()]/gi, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,–-]+|[\s,–-]+$/g, '');
    if (
      (PLACE_LIKE.test(t) || PLACE_LIKE.test(place)) &&
      (loc?.country || loc?.region || /remote/i.test(t))
    ) {
      return { value: t, conf: 0.6, detail: 'place-like text beside the title' };
    }
  }
  return null;
}

type Known = ReadonlySet<keyof FieldBag>;

/**
 * Generic reading. `known` lists fields a stronger source already has, so their (costlier) scans
 * are skipped: the header zone and title are always read because other fields hang off them.
 */
export function readGeneric(
  doc: Document,
  sig: PageSignals,
  ref: Date,
  known: Known = new Set(),
  page: PageScan = scanPage(doc),
): SourceResult {
  const f: FieldBag = {};
  const conf: SourceResult['confidenceOf'] = {};
  const src: SourceResult['sourceOf'] = {};
  const why: SourceResult['detailOf'] = {};
  const set = <K extends keyof FieldBag>(
    k: K,
    v: FieldBag[K],
    c: number,
    detail: string,
    source?: FieldSource,
  ) => {
    f[k] = v;
    conf[k] = c;
    why[k] = detail;
    if (source) src[k] = source;
  };
  const company = pickCompany(sig);
  if (company && !known.has('company')) {
    set(
      'company',
      company.value,
      company.conf,
      company.detail,
      /og:|title/.test(company.detail) ? 'meta' : undefined,
    );
  }
  const title = pickTitle(sig, company?.value);
  if (title)
    set('title', title.value, title.conf, title.detail, title.detail.startsWith('og:') ? 'meta' : undefined);
  const need = (k: keyof FieldBag) => !known.has(k);
  const zone = headerZone(title?.el ?? null);
  const chipsNeeded = (['locations', 'employmentType', 'workType', 'salary'] as const).some(
    (k) => !known.has(k),
  );
  const chips = chipsNeeded ? zoneChips(zone, title?.el ?? null) : [];
  const chipText = chips.join(' · ');
  const scan = page.labelled;
  const facts = readFacts(page.dts);
  if (need('locations')) {
    const inZone = zone ? (scan.location ?? []).filter((el) => zone.contains(el)) : [];
    const fact = facts.get('location');
    const loc =
      pickLocation([...inZone, ...(scan.location ?? [])], chips) ??
      (fact ? { value: fact, conf: 0.6, detail: 'term/definition pair' } : null);
    if (loc) {
      set('locations', parseLocations(loc.value), loc.conf, loc.detail);
      const wt = workTypeFromLabel(loc.value);
      if (wt) set('workType', wt, 0.65, 'location text');
    }
  }
  if (need('employmentType')) {
    const labelledEt = (scan.employment ?? []).map((e) => parseEmploymentType(textOf(e, 120))).find(Boolean);
    const factEt = parseEmploymentType(facts.get('employment') ?? '');
    const et = labelledEt ?? factEt ?? employmentTypeInHeader(chipText);
    const why = labelledEt ? 'labelled element' : factEt ? 'term/definition pair' : 'chip beside the title';
    if (et) set('employmentType', et, 0.6, why);
  }
  if (!f.workType && need('workType')) {
    const wt =
      workTypeFromLabel(facts.get('workplace') ?? '') ??
      chips.map((c) => (c.length < 60 ? workTypeFromLabel(c) : null)).find(Boolean);
    if (wt) set('workType', wt, 0.6, 'chip beside the title');
  }
  if (need('descriptionText')) {
    const descEl = findDescriptionElement(page);
    if (descEl) {
      const html = sanitizeElement(descEl, LIMITS.descriptionHtml);
      set('descriptionHtml', html, 0.55, 'densest text block');
      set('descriptionText', htmlToText(html), 0.55, 'densest text block');
    }
  }
  if (need('salary')) {
    const fromEls = (scan.salary ?? [])
      .map((e) => parseSalary(textOf(e, 500), { minScore: 4 }))
      .find(Boolean);
    const salary = fromEls ?? parseSalary(chipText, { minScore: 4 });
    if (salary) set('salary', salary, 0.6, fromEls ? 'element labelled salary' : 'chip beside the title');
  }
  if (need('postedAt')) {
    const date = parseDate(metaContent(doc, 'article:published_time') || metaContent(doc, 'date'), ref);
    if (date) set('postedAt', date, 0.5, 'page date meta');
  }
  return {
    fields: f,
    source: 'heuristic',
    confidence: 0.55,
    detail: 'generic',
    confidenceOf: conf,
    sourceOf: src,
    detailOf: why,
  };
}

const FACT_KEYS: ReadonlyArray<[RegExp, string]> = [
  [
    /^(?:employment|job|time|contract|position|work|schedule) ?type$|^(?:employment|commitment|schedule)$/i,
    'employment',
  ],
  [/^(?:job |work |office )?locations?$|^where$/i, 'location'],
  [
    /^(?:workplace(?: type)?|location type|remote(?: policy| status)?|work (?:model|arrangement|mode))$/i,
    'workplace',
  ],
];

/** Term → definition facts from <dl> lists ("time type" → "Full time"), bounded to 60 terms. */
export function readFacts(dts: readonly Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dt of dts.slice(0, 60)) {
    const term = squash(textOf(dt, 80)).replace(/:$/, '');
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD') continue;
    const hit = FACT_KEYS.find(([re]) => re.test(term));
    if (hit && !out.has(hit[1])) out.set(hit[1], squash(textOf(dd!, 300)));
  }
  return out;
}
