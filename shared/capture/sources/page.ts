import { allBoards } from '../../boards/index.ts';
import { metaContent, squash, textOf } from '../dom.ts';
import { decodeEntities } from '../entities.ts';
import { printedAlone, titleFromBreadcrumb } from './breadcrumb-title.ts';

/**
 * Page-level signals shared by the meta and generic sources: the document title, OpenGraph,
 * the site's own name, and the registrable domain label ("careers.roblox.com" → "roblox").
 */

// "nhs.uk" is a public suffix as "gov.uk" is: a trust's own site is "<trust>.nhs.uk", and
// "jobs.nhs.uk" is a job site on it, not the employer "NHS".
// So are public bodies' second levels: Canada's "gc.ca" (GC Jobs is "cfp-psc.gc.ca"), "gouv.fr", "gob.mx", "govt.nz".
const TWO_LEVEL_SUFFIX = /\.(?:co|com|org|net|ac|gov|edu|nhs|gc|gouv|gob|govt|gv)\.[a-z]{2}$/;
/**
 * Registrable-domain labels of hosts that serve many employers but have no board of their own
 * (ATSs, boards and page hosts read by the generic reader); the boards' own come from shared/boards.
 */
const OTHER_SHARED_HOSTS = (
  'recruitee personio jobvite icims taleo successfactors bamboohr jazzhr applytojob rippling ' +
  'dover eightfold monster stepstone xing welcometothejungle otta builtin workatastartup ' +
  'simplyhired careerbuilder hireology paylocity ultipro adp oraclecloud join comeet pinpointhq ' +
  'notion homerun softgarden dvinci freshteam zohorecruit jobscore hirehive careerplug ' +
  'applicantpro trakstar keka darwinbox factorialhr kenjo manatal talentlyft polymer gem ' +
  'paycomonline recruiterbox jobdiva hrmdirect ' +
  // European, Latin American and Asian boards and ATSs
  'infojobs net-empregos gupy jobylon reachmee finn jobindex jobnet arbetsformedlingen hellowork apec ' +
  'cadremploi meteojob jobteaser indeed adzuna jooble talent reed vagas catho solides kenoby trampos ' +
  'computrabajo bumeran occ karriere profesia naukri foundit instahyre jobstreet mycareersfuture jora ' +
  'jobsdb bayt gulftalent eures jobbsafari duunitori oikotie kariera rekrytointi tecnoempleo ' +
  'workinstartups justjoin theprotocol bulldogjob nofluffjobs ' +
  // Russian, Turkish, Japanese, Korean, Chinese, Dutch and Italian national boards
  'hh headhunter superjob rabota zarplata kariyer secretcv yenibiris doda rikunabi mynavi en-japan bizreach ' +
  'saramin jobkorea incruit zhipin 51job zhaopin liepin lagou nationalevacaturebank jobbird werk subito ' +
  'bakeca jobrapido ' +
  // Classifieds, community and freelance platforms: whoever posts there is the employer, never the platform
  'craigslist kijiji gumtree reddit facebook nextdoor upwork freelancer fiverr peopleperhour guru ycombinator ' +
  'yunojuno contra malt trademe ' +
  // Nonprofit, humanitarian and development boards
  'reliefweb devex idealist impactpool charityjob unjobs ' +
  // Remote-job, academic, hourly-work and African and Asian boards
  'weworkremotely remotive remoteok himalayas workingnomads jobspresso flexjobs nodesk justremote arc ' +
  'higheredjobs chroniclevitae academicpositions euraxess interfolio peopleadmin schooljobs ' +
  'edjoin applitrack schoolspring k12jobspot tes eteach teachaway searchassociates ' +
  'snagajob workstream fountain harri paradox jobberman brightermonday careers24 pnet kalibrr naukrigulf ' +
  // Graduate, internship and early-careers boards
  'prospects brightnetwork targetjobs gradcracker ratemyplacement milkround joinhandshake wayup prosple gradconnection'
).split(' ');
/** A label ending in "jobs" or "careers" names a job site, not an employer. */
const JOB_SITE_LABEL = /(?:jobs|careers)$/;

/** A one-word name ending in "jobs" or "careers" ("CalCareers", "Totaljobs") is a job site's brand. */
export function isJobSiteName(s: string): boolean {
  const t = s.trim();
  return !/\s/.test(t) && JOB_SITE_LABEL.test(t.toLowerCase()) && !/^(?:jobs|careers)$/i.test(t);
}

let sharedLabels: Set<string> | null = null;
const sharedHostLabels = (): Set<string> => {
  sharedLabels ??= new Set([
    ...allBoards().flatMap((b) => (b.sharedHost ? b.hosts.map(domainLabel) : [])),
    ...OTHER_SHARED_HOSTS,
  ]);
  return sharedLabels;
};

export function domainLabel(host: string): string {
  const h = host.toLowerCase().replace(/^www\./, '');
  const parts = h.split('.');
  const n = TWO_LEVEL_SUFFIX.test(h) ? 3 : 2;
  return parts.length >= n ? parts[parts.length - n]! : parts[0]!;
}

/**
 * A name spelling out a shared host's label ("Welcome to the Jungle" for welcometothejungle.com, "Just
 * Join IT" for justjoin.it): the board's own brand, on a saved page too, where no address says which site it is.
 */
export const isBoardBrand = (name: string): boolean =>
  sharedHostLabels().has(key(name)) ||
  sharedHostLabels().has(key(name.replace(SPELLED_TLD, ''))) ||
  isBoardAddress(name);
/**
 * A name written as a shared host's address ("reed.co.uk" as a saved page's site name or logo alt): the board, on a
 * page with no address to say which site it is. An employer's own ("Booking.com") is no shared host.
 */
export const isBoardAddress = (name: string): boolean =>
  HOST_NAME.test(name.trim()) && sharedHostLabels().has(domainLabel(name.trim()));
const HOST_NAME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** "Just Join IT" for justjoin.it: the board's domain with its ending spelled as a last word. */
const SPELLED_TLD = /\s+(?:it|io|pl|de|com|net|co)\s*$/i;

export function isSharedHost(host: string): boolean {
  const label = domainLabel(host);
  return sharedHostLabels().has(label) || JOB_SITE_LABEL.test(label);
}

export interface PageSignals {
  docTitle: string;
  ogTitle: string;
  siteName: string;
  ogDescription: string;
  /** og:description, else the meta description. */
  description: string;
  /** The page itself, for readers that look past these signals (self-introduction.ts). */
  doc?: Document;
  domain: string;
  host: string;
  sharedHost: boolean;
  h1s: Element[];
  headings: Element[];
  images: Element[];
  /** Elements named like the employer ("company-name", "advertiser-name"), page order. */
  companyEls: Element[];
  /** Links to the employer's page on a board, page order (scan.ts EMPLOYER_PAGE). */
  companyLinks: Element[];
  /** A breadcrumb's last step printed again on its own (breadcrumb-title.ts), read when needed. */
  breadcrumbTitle?: () => { text: string; el: Element } | null;
  /** The element printing a text as all its own (breadcrumb-title.ts printedAlone), read when needed. */
  printedAlone?: (text: string) => Element | null;
}

const PRINT_MARK =
  /\s*(?:[-–—|:]\s*|\()(?:print(?:able)?(?: (?:view|version|preview))?|printer[- ]friendly(?: (?:view|version))?)\)?\s*$/i;

/** A classifieds section named in the site's name or as a title segment ("… - Help Wanted - Classifieds - The Courier"). */
const CLASSIFIEDS = /\bclassifieds\b|(?:^|\s[-|–—]\s)help wanted(?:\s[-|–—]\s|$)/i;

/** A search page's title: "<query> jobs in <place>", "<query> jobs near <place>". */
export const SEARCH_TITLE = /\S\s+jobs\s+(?:in|near)\s+\S/i;

export function pageSignals(
  doc: Document,
  url: URL,
  scan?: {
    h1s: readonly Element[];
    headings: readonly Element[];
    images: readonly Element[];
    labelled?: { company: readonly Element[] };
    companyLinks?: readonly Element[];
  },
): PageSignals {
  const titleEl = doc.head?.querySelector('title') ?? doc.querySelector('title');
  const siteName = metaContent(doc, 'og:site_name') || metaContent(doc, 'application-name');
  // A saved page without its address: a board's own site name ("SEEK Australia") says whose host it was.
  const board = url.hostname ? '' : key(siteName.split(/\s+/)[0] ?? '');
  const boardHost = board.length > 2 && isSharedHost(`${board}.com`);
  // A print view marks its title ("… | Kestrel County - Print"): the mark names no part of the posting.
  const docTitle = squash(decodeEntities(textOf(titleEl, 500))).replace(PRINT_MARK, '');
  const ogTitle = metaContent(doc, 'og:title') || metaContent(doc, 'twitter:title');
  // A search page lists many employers' postings: like a board's host, its name is no employer's.
  const searchPage = SEARCH_TITLE.test(docTitle) || SEARCH_TITLE.test(ogTitle);
  // A newspaper's or a town site's classifieds carry others' ads: its name is no advertiser's.
  const classifieds = CLASSIFIEDS.test(siteName) || CLASSIFIEDS.test(docTitle);
  return {
    docTitle,
    ogTitle,
    siteName,
    ogDescription: metaContent(doc, 'og:description'),
    description: metaContent(doc, 'og:description') || metaContent(doc, 'description'),
    domain: boardHost ? board : domainLabel(url.hostname),
    host: url.hostname.toLowerCase(),
    sharedHost: boardHost || searchPage || classifieds || isSharedHost(url.hostname),
    h1s: scan ? [...scan.h1s] : Array.from(doc.querySelectorAll('h1')).slice(0, 6),
    headings: scan ? [...scan.headings] : Array.from(doc.querySelectorAll('h1, h2')).slice(0, 30),
    images: scan ? [...scan.images] : Array.from(doc.querySelectorAll('img[alt]')).slice(0, 12),
    companyEls: scan?.labelled ? [...scan.labelled.company] : [],
    companyLinks: scan?.companyLinks ? [...scan.companyLinks] : [],
    breadcrumbTitle: () => titleFromBreadcrumb(doc),
    printedAlone: (text: string) => printedAlone(doc, text),
    doc,
  };
}

export const SEPARATORS = /\s+[|–—·•:]\s+|\s+-\s+|\s+::\s+/;

/**
 * Normalized comparison key: lower case, letters and digits only, in any script ("중등부 수학 전임강사"
 * and "机械结构工程师" are titles too, not empty keys).
 */
export const key = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
