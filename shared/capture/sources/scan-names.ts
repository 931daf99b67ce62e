import { isFactLabel } from './facts.ts';

/** What element names and short texts mean to the page scan (scan.ts): one place for the vocabulary. */

export type LabelKind = 'location' | 'employment' | 'salary' | 'company';

/**
 * Names of a board's own pay figures: its estimate for the posting, or what the job pays on
 * average in the area ("salary-estimate", "salary_insight", "avg-salary"), or its forecast
 * ("salary-forecast", StepStone's "Gehaltsprognose", "predicted-pay"). An "insight" alone is not one: LinkedIn's "job-insight" list holds the posting's own facts.
 */
export const BOARD_PAY_NAME =
  /estimat|forecast|prognos|predicted|(?:salary|pay|wage)[-_ ]?(?:insight|average|benchmark|comparison|guide)|(?:average|avg)[-_ ]?(?:salary|pay|wage)/i;

/**
 * What a board's info button or tooltip on a pay figure says of it when the figure is the board's
 * own ("About the XING salary forecast: an estimate based on similar jobs, not provided by the
 * employer", "Pay estimate based on comparable postings"). Not "the estimated base range for this
 * role", an employer's own wording.
 */
export const BOARD_PAY_NOTE = new RegExp(
  [
    String.raw`\b(?:salary|pay|wage)\s+(?:forecast|prediction|estimate\s+(?:by|from|based))\b`,
    String.raw`\bnot\s+(?:provided|given|stated|set|posted|disclosed|included)\s+by\s+the\s+employer\b`,
    // "This estimate is calculated by SimplyHired from similar job postings. The employer did not provide pay."
    String.raw`\bemployer\s+(?:did|does|has)\s+not\s+(?:provided?|given?|stated?|posted?|disclosed?|listed?)\b`,
    String.raw`\bestimate\b[^.]{0,60}?\b(?:from|on)\s+(?:similar|comparable|other)\b`,
    // "(Glassdoor est.)" beside a figure: the board's estimate; "(Employer est.)" is the employer's own range
    String.raw`\((?!employer\b)[\p{L}.]+\s+est(?:\.|imate\b)\s*\)`,
    // "Glassdoor estimate from 96 salaries": a figure made of salaries people reported, not this post's
    String.raw`\bestimate\s+(?:from|based\s+on)\s+\d[\d,]*\s+(?:salaries|salary\s+reports|reports|employees|data\s+points)\b`,
    // "Diese Angabe ist eine Einschätzung von StepStone … und wurde nicht vom Arbeitgeber gemacht."
    String.raw`\bnicht\s+vom\s+Arbeitgeber\b|\bgeschätzte[sr]?\s+Gehalt\b`,
    String.raw`\bnon\s+(?:communiqué|fourni|indiqué)\s+par\s+l['’]employeur\b`,
    String.raw`\bno\s+(?:proporcionad[oa]|indicad[oa])\s+por\s+(?:el|la)\s+(?:empleador|empresa)\b`,
  ].join('|'),
  'iu',
);

/** Names of a pay schedule listing every grade or step ("salary-schedule", "pay_grid", "wage-table", "pay-steps"). */
const PAY_SCHEDULE_NAME = /(?:salary|pay|wage)[-_ ]?(?:schedules?|grids?|tables?|steps|scales?)/i;

export const LABELS: ReadonlyArray<[LabelKind, RegExp, RegExp]> = [
  [
    'location',
    /(?:^|[\s_=-])(?:job[-_]?)?location(?:s|[-_]?name|[-_]?text)?(?:$|[\s_-])|jobLocation|location\b|locations__/i,
    // (a theme builder's template slot, Elementor's "elementor-location-header", is where on the page, not a place;
    // Jora's "company-location-container" holds the employer's name and the place, each in its own element)
    /relocation|locations?[-_]?(?:filter|search|select|input|dropdown|field|picker|question)|allocation|geolocation|location[-_](?:header|footer|sidebar|single|archive|popup)|company[-_]location/i,
  ],
  [
    'employment',
    /employment|commitment|job[-_]?type|jobtype|work[-_]?type|time[-_]?type|contract[-_]?type/i,
    /question|input|filter|select|field|form|dropdown|option|checkbox|radio/i,
  ],
  [
    'salary',
    /salary|compensation|pay[-_]?range|payrange|(?:^|[\s_=-])pay(?:$|[\s_-])|wage|remuneration/i,
    // A board's own figures ("salary-estimate", "salary_insight") are not the employer's pay, and a
    // public employer's schedule of every grade ("salary-schedule", "pay-grid") is not this post's:
    // its first row is another grade's.
    new RegExp(
      `question|input|filter|select|field|form|expected|desired|dropdown|option|checkbox|radio|${BOARD_PAY_NAME.source}|${PAY_SCHEDULE_NAME.source}`,
      'i',
    ),
  ],
  [
    'company',
    // "company" alone or as a BEM element ("job-card__company") is the name printed on a card; a
    // public employer's board names the hiring agency the same way ("joa-banner__agency"), and a freelance
    // marketplace its client, the one hiring ("mission-header__client", "client-name").
    /company[-_]?name|client[-_]?name|__client(?:$|\s)|employer[-_]?name|advertiser[-_]?name|hiring[-_]?(?:organization|company|agency)|org(?:anization)?[-_]?name|agency[-_]?name|(?:^|[\s=]|__)company(?:$|\s)|__(?:agency|employer)(?:$|\s)/i,
    /logo|size|industry|descr|about|info|link|question|input|field|form|filter|select|nav|footer|page|header-|location|website|address/i,
  ],
];

/** Description container names, strongest first (index = rank). */
export const DESCRIPTION_NAMES: readonly RegExp[] = [
  /\bitemprop=description\b/,
  /\bid=jobDescriptionText\b|\bjobPostingDescription\b|\bjobAdDetails\b/,
  /job[-_]?description|jobdescription/i,
  /posting[-_]description|job__description|description__text/i,
  /\btestid=[^ ]*description/i,
  /job[-_]?details|jobDetails/i,
];

/** Cheap pre-filter: only names containing one of these stems are tested further. */
export const MAYBE =
  /compan|employer|advertiser|agenc|client|organi|locat|employ|commit|type|salar|compens|pay|wage|remun|descr|detail|jobAd|itemprop=\w|JobPosting/i;

/** Class names of the label half of a label/value pair. */
export const TERM_NAME = /(?:^|[\s_-])(?:label|term|key)(?:$|[\s-])|[a-z](?:Label|Term|Key)\b/;

/**
 * A board's page about an employer: LinkedIn /company/<slug>, Indeed /cmp/<slug>, ZipRecruiter
 * /co/<slug>, Glassdoor /Overview/Working-at-…, and /companies/ or /employer/ elsewhere. The link's
 * address survives a redesign that renames every class. The segment opens the path (after a locale):
 * a handbook's "/handbook/company/culture/…" in a description is no employer's page, nor is a board's
 * "/employers/login" or "/employers/post-a-job", its pages for employers.
 */
export const EMPLOYER_PAGE =
  /^(?:https?:\/\/[^/]+)?\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:company|companies|cmp|co|employer|employers)\/(?!(?:log-?in|sign-?in|sign-?up|register|pricing|post-?a-?job|search)\/?(?:[?#]|$))[^/?#]{2,}\/?(?:(?:jobs|reviews|about|overview|life|people|posts)\/?)?(?:[?#]|$)|\/Overview\/Working-at-/i;

/**
 * The words before a link in a line that says who put the posting up ("Posted 3 December by <a>Acme</a>", "Listed by",
 * "Advertised by", "Publié par", "Veröffentlicht von"): the link names the advertiser, wherever it points.
 */
const POSTED_BY =
  /^\s*(?:posted|listed|advertised|published|publi[ée]e?|ver[öo]ffentlicht|publicado)(?:\s.{0,40})?\s(?:by|par|von|por)\s*$/i;
/^\s*(?:posted|listed|advertised|published|publi[ée]e?|ver[öo]ffentlicht|publicado)\b.{0,40}\b(?:by|par|von|por)\s*$/i;

/** A link after "Posted … by" in its own short line: the advertiser, whatever its address. */
export function postedBy(a: Element): boolean {
  const line = a.parentElement;
  if (!line || (line.textContent?.length ?? 0) > 160) return false;
  let before = '';
  for (const n of Array.from(line.childNodes)) {
    if (n === a) return POSTED_BY.test(before);
    before += n.textContent ?? '';
  }
  return false;
}

export const FACT_HEADINGS = new Set(['H3', 'H4', 'H5', 'H6']);
// An h2 is a section's heading unless its words are a fact's label (Ashby's "<h2>Employment Type</h2><p>Full time</p>").
export const LEAF_TERM_TAGS = new Set(['P', 'DIV', 'SPAN', 'STRONG', 'B', 'H2']);
/** Words a fact label is made of ("Office locations", "Job type", "Gehalt"); readFacts decides. */
const FACT_WORD =
  /^(?:(?:job|work|office|employment|contract|position|time|schedule|workplace|remote)\s)?(?:locations?|type|salary|compensation|pay|hours|schedule|commitment|policy|standort|arbeitsort|anstellungsart|gehalt|lieu|contrat|salaire)\s?:?$/i;

/** A short leaf whose whole text is a fact label. */
export function isFactWord(el: Element): boolean {
  const t = el.textContent ?? '';
  return t.length < 30 && (FACT_WORD.test(t.trim()) || isFactLabel(t.trim()));
}

/**
 * A label that opens its line with the value as plain text after it ("<li><span>Location</span>
 * Bristol</li>"): the label is the line's first node and text follows it.
 */
export function hasInlineValue(el: Element): boolean {
  const next = el.nextSibling;
  return !el.previousSibling?.textContent?.trim() && next?.nodeType === 3 && !!next.textContent?.trim();
}
