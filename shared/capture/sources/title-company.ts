import { squash, textOf } from '../dom.ts';
import { looksLikePlace } from '../normalize/location.ts';
import { isJobSiteName, key, type PageSignals, SEARCH_TITLE, SEPARATORS } from './page.ts';
import {
  CAREERS_WORD,
  HIRING_CALL,
  isGenericSegment,
  isPageKind,
  namesBoard,
  namesSite,
} from './site-name.ts';

/**
 * The title for pages without structured data: the h1 that matches <title>/og:title, else a lower
 * heading the metadata starts with, else og:title minus the site/company/place segments, else the
 * first heading that is not a section name. The company is picked in company.ts.
 */

export interface Picked {
  value: string;
  conf: number;
  el?: Element | null;
  detail: string;
}

const TITLE_PREFIX = new RegExp(
  String.raw`^(?:job application for|apply for|apply now:?|job:|(?:current |new |latest )?vacancy:|career opportunity:?|job opening:?|job details:?|job posting:|stellenangebot:?|stellenausschreibung:?|offre d'emploi:?|oferta de (?:empleo|emprego|trabajo):?|offerta di lavoro:?|(?:${HIRING_CALL}|hiring):)\s+`,
  'i',
);
/** A posting's number printed as a segment of its own ("CalCareers - Job Posting - JC-478123 - Analyst", "R-104233"). */
const JOB_CODE = /^(?:[A-Z]{1,4}[-_ ]?)?\d{4,}[A-Z]?$/;
const TITLE_JOB_IN = /\s+(?:job|jobs|position|vacancy)\s+(?:in|at)\s+.+$/i;
/**
 * "Aircraft Mechanic II (UH-60) (25-0781)", "Buyer (R-104233)": the requisition number an ATS appends
 * to the title in <title>. Only code shapes (a req prefix, digits around a hyphen, five or more
 * digits): "(2026)" and "(UH-60)" are part of the title.
 */
const REQ_NUMBER_SUFFIX = /\s*\((?:(?:R|REQ|JR|JOB|ID)\s?[-#]?\s?\d{3,}|\d{2,}-\d{3,}|\d{5,})\)$/i;

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
  // "CalCareers - Job Posting - Grants Program Analyst", "City of Lakemont - Class Bulletin - …": a page-kind word
  // between segments puts the site or employer before it and the title after it.
  const segments = t.split(SEPARATORS);
  const kind = segments.slice(1, -1).findIndex((seg) => isPageKind(seg)) + 1;
  if (kind > 0) {
    dropped.push(...segments.slice(0, kind + 1).map((seg) => seg.trim()));
    t = segments
      .slice(kind + 1)
      .join(' - ')
      .trim();
  }
  for (let i = 0; i < 4; i++) {
    const parts = t.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts.at(-1)!;
    const first = parts[0]!;
    if (namesSite(last, sig, company) || namesBoard(last, sig) || CAREERS_WORD.test(last)) {
      dropped.push(last);
      t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    } else if (namesSite(first, sig, company) || JOB_CODE.test(first.trim())) {
      dropped.push(first);
      t = t.slice(first.length).replace(/^[\s|–—·•:-]+/, '');
    } else if (looksLikePlace(last) && !looksLikePlace(first)) {
      // "Engineer | Los Gatos, California, United States | Netflix": the place is not the title.
      dropped.push(last);
      t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    } else break;
  }
  // "Cedar Hollow School District - Job Posting: Science Teacher": the prefix after the site's name
  return {
    title: t.replace(TITLE_PREFIX, '').replace(TITLE_JOB_IN, '').replace(REQ_NUMBER_SUFFIX, '').trim(),
    dropped,
  };
}

/** "CalCareers - Job Posting - JC-471926": a site, the kind of page and its number, not a job title. */
function onlyPageWords(meta: string): boolean {
  return meta
    .split(SEPARATORS)
    .every(
      (seg) =>
        isGenericSegment(seg) ||
        isJobSiteName(seg) ||
        SITE_BRAND.test(seg.trim()) ||
        /^(?:#\s?)?[A-Z]{0,6}[-#]?\d[\w-]*$/i.test(seg.trim()),
    );
}
/** "Civil Service Jobs", "NHS Jobs", "GOV.UK": a job site's or a domain's name, never a job's title. */
/** "Now Hiring Stylists": a call to apply standing for the title, with no colon before a job. */
const SLOGAN = new RegExp(String.raw`^(?:${HIRING_CALL})\b(?!:)`, 'i');

export const SITE_BRAND =
  /^[\p{L}\d&.' ]+\s(?:jobs|careers|vacancies)(?:@[\p{L}.]+)?$|^careers@[\p{L}.]+$|^[\w-]+(?:\.[a-z]{2,})+$/iu;

/**
 * Every word of the metadata's title, three at least, in the heading too: "Bauingenieur*in (m/w/d)
 * Fachdienst Straßen und Brücken" in <title> under the h1's "… für den Fachdienst Straßen und Brücken".
 */
function wordsWithin(meta: string, heading: string): boolean {
  const words = (t: string) =>
    t
      .split(/[^\p{L}\p{N}]+/u)
      .map(key)
      .filter(Boolean);
  const m = words(meta);
  const h = new Set(words(heading));
  return m.length >= 3 && m.every((w) => h.has(w));
}

export function pickTitle(sig: PageSignals, company?: string): Picked | null {
  const metas = [sig.ogTitle, sig.docTitle].filter(Boolean).map((m) => titleFromMeta(m, sig, company).title);
  const h1s = sig.h1s
    // Boards append a screen-reader suffix to the visible title ("Team Lead - job post").
    // "Now hiring: Counter Help": the prefix a small employer's page puts before the job is not the job.
    .map((el) => ({
      el,
      text: squash(textOf(el, 300))
        .replace(/\s+[-–]\s+job post(?:ing)?$/i, '')
        .replace(TITLE_PREFIX, ''),
    }))
    .filter((h) => h.text && h.text.length < 200);
  // "<h1>Kestrel County</h1> … <h1>Civil Engineer II</h1>" under "Civil Engineer II | Job Details |
  // Kestrel County - Print": of the h1s the metadata holds, the one it opens with is the job's.
  const matching = h1s.filter((h) => {
    const k = key(h.text);
    return (
      k.length > 2 &&
      !namesSite(h.text, sig, company) &&
      metas.some(
        (m) =>
          key(m) === k ||
          key(m).includes(k) ||
          (k.includes(key(m)) && key(m).length > 5) ||
          wordsWithin(m, h.text),
      )
    );
  });
  // Else the h1 that covers most of the metadata: a logo h1 ("일자리인") is in "<job> - 일자리인 채용정보" too.
  const h1 =
    matching.find((h) => metas.some((m) => key(m).startsWith(key(h.text)))) ??
    matching.reduce<(typeof matching)[number] | undefined>(
      (best, h) => (!best || key(h.text).length > key(best.text).length ? h : best),
      undefined,
    );
  if (h1) return { value: h1.text, conf: 0.85, el: h1.el, detail: 'h1 matching <title>/og:title' };
  // No h1 matched: a lower heading that the title metadata starts with ("Développeur H/F" in
  // "Développeur H/F - Company - CDI à Lyon") is the visible title. A search page's metadata names
  // the query ("claims handler jobs in Leeds"): the selected posting's heading begins with it.
  const queries = [sig.ogTitle, sig.docTitle]
    .filter((m) => SEARCH_TITLE.test(m))
    .map((m) => key(titleFromMeta(m, sig, company).title));
  for (const el of sig.headings) {
    if (el.tagName === 'H1' || inPageChrome(el)) continue;
    const text = squash(textOf(el, 300)).replace(TITLE_PREFIX, '');
    const k = key(text);
    if (
      k.length > 5 &&
      text.length < 200 &&
      !namesSite(text, sig, company) &&
      !/^(?:careers?|jobs?)\b|\b(?:careers?|jobs)$/i.test(text) &&
      (metas.some((m) => key(m).startsWith(k)) || queries.some((q) => q.length > 3 && k.startsWith(q)))
    )
      return { value: text, conf: 0.75, el, detail: 'heading matching <title>/og:title' };
  }
  const meta = metas.find(
    (m) =>
      m.length > 2 &&
      !namesSite(m, sig, company) &&
      !/^careers?\b|\bcareers at\b/i.test(m) &&
      !onlyPageWords(m) &&
      // "Careers | Maple Grove Family Dentistry | Boise, ID" leaves a place; "Now Hiring Stylists" is a slogan.
      !looksLikePlace(m) &&
      !SLOGAN.test(m),
  );
  if (meta) {
    // The same text in a heading anchors the header zone (Lever's apply page uses an h2).
    const k = key(meta);
    // Or a styled block standing in for a heading (archive.today flattens <h2> into a <div>).
    const el = sig.headings.find((e) => key(textOf(e, 300)) === k) ?? sig.printedAlone?.(meta) ?? null;
    return { value: meta, conf: 0.65, el, detail: 'og:title/<title> minus site name' };
  }
  const h = h1s.find((x) => !namesSite(x.text, sig, company));
  if (h) return { value: h.text, conf: 0.55, el: h.el, detail: 'first h1' };
  const crumb = sig.breadcrumbTitle?.();
  if (crumb && !namesSite(crumb.text, sig, company) && !isGenericSegment(crumb.text))
    return { value: crumb.text, conf: 0.5, el: crumb.el, detail: "breadcrumb's last step, printed again" };
  // No h1 (BambooHR, Jobvite print the title as an h2): the first heading that is not a section name.
  for (const el of sig.headings) {
    if (el.tagName === 'H1' || inPageChrome(el)) continue;
    const text = firstLine(el).replace(TITLE_PREFIX, '');
    if (text.length < 3 || text.length > 120 || namesSite(text, sig, company) || SECTION_HEADING.test(text))
      continue;
    return { value: text, conf: 0.45, el, detail: 'first heading (no h1)' };
  }
  return null;
}

/**
 * A heading's first line: "<h2>Accounts Assistant<br><font>Permanent · Full-Time · Cork City</font></h2>"
 * prints the job over its terms (a site builder's rich-text heading).
 */
function firstLine(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') {
      if (text.trim()) break;
      continue;
    }
    text += n.textContent ?? '';
  }
  return squash(text).slice(0, 200);
}

/** Headings that name a section of a posting or page, not the job. */
export const SECTION_HEADING =
  /^(?:about|overview|description|job description|the role|role|responsibilit|requirements|qualifications|benefits|perks|what|who|why|how|our|your|you|we|join|apply|share|similar|related|other|more|recent|open (?:roles|positions)|current|search|leave a|comments?|menu|contact|related)\b|:$/i;

/** Inside navigation, a footer, a sidebar or an application form: not the page's title. */
function inPageChrome(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < 12; depth++, cur = cur.parentElement) {
    if (/^(?:NAV|FOOTER|ASIDE)$/.test(cur.tagName)) return true;
    // A form is an application's sections, unless it wraps the page, its h1 too (PeopleSoft, ASP.NET WebForms).
    if (cur.tagName === 'FORM' && !cur.querySelector('h1')) return true;
  }
  return false;
}
