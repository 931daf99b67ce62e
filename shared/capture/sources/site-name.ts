import { squash } from '../dom.ts';
import { isSharedHost, key, type PageSignals } from './page.ts';

/**
 * How a site names itself and its employer: the careers words wrapped around a brand ("Careers at
 * Netflix"), a board's own brand on its shared host, and whether a title segment names the site
 * rather than the job.
 */

/**
 * The words careers sites wrap a brand in, in one place ("Careers at Netflix", "Roblox Careers",
 * "Werken bij Stroomtij", "Kvarnberg Karriär", "Grupo Ipê - Carreiras"): en, de, nl, fr, pt, es, it, sv, fi.
 */
const CAREERS_NOUN =
  'careers?|jobs?|karriere|karriär|karriar|carreiras|carrières|carrieres|carriere|carreras|vacatures|vacancies|rekry(?:tointi)?|stellenangebote|empregos|empleos?|lavora con noi|trabalhe conosco|werken bij|arbeiten bei';
export const CAREERS_WORD = new RegExp(`(?<![\\p{L}])(?:${CAREERS_NOUN})(?![\\p{L}])`, 'iu');
const CAREERS_PREFIX =
  /^(?:careers?|jobs?|work|life|working|werken|arbeiten|karriere|travailler|carreiras|trabalhe|jobba)\s+(?:at|with|@|bij|bei|chez|na|no|em|på|hos)\s+/i;
// "Acme Talent" may be an agency's own name ("Aldgate Talent"): "talent" is the site only after a
// separator ("Acme | Talent") or as its team ("Acme Talent Acquisition", "Acme Talent Network").
const CAREERS_SUFFIX = new RegExp(
  `(?:\\s*[-–—|·:]?\\s*(?:${CAREERS_NOUN}|job board|career site|recruiting|talent (?:acquisition|network|community|portal)|hiring|official site|website)|\\s*[-–—|·:]\\s*talent)\\s*(?:page|portal|site)?\\s*$`,
  'iu',
);

/** "Careers at Netflix" → "Netflix"; "Roblox Careers" → "Roblox"; "Werken bij Stroomtij" → "Stroomtij". */
export function cleanSiteName(s: string): string {
  return squash(
    s
      .replace(CAREERS_PREFIX, '')
      .replace(CAREERS_SUFFIX, '')
      .replace(/^the\s+/i, ''),
  );
}

/**
 * The board's own brand on a shared host ("JOIN" on join.com, "SEEK Australia" on seek.com.au):
 * never the employer. Anything else passes.
 */
export function namesBoard(s: string, sig: PageSignals): boolean {
  const d = key(sig.domain);
  return sig.sharedHost && d.length > 2 && key(s).startsWith(d);
}

/** "Fernweh Labs on Notion", "Acme | Powered by Pinpoint": drop the trailing board name. */
export function withoutBoard(s: string, sig: PageSignals): string {
  const m = s.match(/^(.+?)\s+(?:on|at|via|by|powered by|[|–—•·-])\s+(\S.*)$/i);
  if (!m) return s;
  const tail = key(m[2]!);
  const ofThisHost = sig.sharedHost && sig.domain.length > 2 && tail.startsWith(key(sig.domain));
  return ofThisHost || (tail.length > 2 && isSharedHost(`${tail}.com`)) ? m[1]!.trim() : s;
}

/** A page's call to apply, not a job: "Now hiring", "We're hiring" (site-name's generic words, title-company's prefix). */
export const HIRING_CALL = String.raw`now hiring|we['’]re hiring|hiring now`;

/**
 * What kind of page this is, as a title prints it between the site and the job ("CalCareers - Job Posting - Grants
 * Program Analyst", "Vacancy Details", "Class Bulletin"). Not a site's section ("Vacancies", "Careers"), which follows
 * the title.
 */
const PAGE_KIND_WORDS =
  'job postings?|job details?|job description|vacancy details|position details|(?:class|job) bulletin|job announcement';
const PAGE_KIND = new RegExp(`^(?:${PAGE_KIND_WORDS})$`, 'i');
export const isPageKind = (s: string): boolean => PAGE_KIND.test(s.trim());

const GENERIC_WORDS = new RegExp(
  String.raw`^(?:careers?|jobs?|job|openings?|open positions|vacancies|home|join us|work with us|apply|job application|${PAGE_KIND_WORDS}|postings?|job openings?|job ads?|job adverts?|search jobs|(?:online )?(?:employment|job) applications?|application form|join (?:our|the) team|(?:${HIRING_CALL})!?|work (?:with|for) us|come work with us|current (?:openings|vacancies)|employment opportunities|open roles)$`,
  'i',
);

export function isGenericSegment(s: string): boolean {
  return GENERIC_WORDS.test(s.trim());
}

const SITE_KEYS = new WeakMap<PageSignals, string[]>();
function siteKeys(sig: PageSignals): string[] {
  let k = SITE_KEYS.get(sig);
  if (!k) {
    k = [key(sig.siteName), key(cleanSiteName(sig.siteName))];
    SITE_KEYS.set(sig, k);
  }
  return k;
}

/** Does `seg` name the company / site (so it is not the job title)? */
export function namesSite(seg: string, sig: PageSignals, company?: string): boolean {
  const k = key(seg);
  if (!k) return true;
  const names = [...siteKeys(sig), key(company ?? '')].filter(Boolean);
  if (
    names.some((n) => n === k || (k.length > 3 && n.includes(k)) || (n.length > 3 && k === `careersat${n}`))
  )
    return true;
  if (
    !sig.sharedHost &&
    sig.domain.length > 2 &&
    (k === key(sig.domain) || (k.startsWith(key(sig.domain)) && k.length < key(sig.domain).length + 12))
  ) {
    return true;
  }
  return isGenericSegment(seg);
}
