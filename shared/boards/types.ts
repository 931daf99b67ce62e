import type { FieldType } from '../autofill/types.ts';
import type { AtsRef } from '../domain/job.ts';

/**
 * What the project knows about one job board or ATS, declared in one file (`<id>.ts`). Capture,
 * autofill, enrichment and the content script read it from the registry; none keeps a copy.
 */
export interface Board {
  /** File name without extension; the capture adapter's id and the autofill adapter's id. */
  id: string;
  /** Anchored: the page's host is one of these or a subdomain of one (never a substring). */
  hosts: readonly string[];
  /** Only pages under this path are postings (LinkedIn's /jobs/). */
  path?: RegExp;
  /** A query parameter that marks the board's embed on any host (Greenhouse's `gh_jid`). */
  param?: string;
  /** Markup only this board produces, for saved pages and white-label career domains. */
  signature?: readonly SignatureMark[];
  /** It serves many employers, so its name is never the company's. */
  sharedHost: boolean;
  /** An applicant tracking system: its hosts serve application forms that companies embed. */
  ats?: {
    /** Path of the application form an employer embeds in an iframe (the in-page Autofill button). */
    embedPath?: RegExp;
  };
  /** Where capture reads the posting's fields (first match wins; alternatives per DOM variant); none when its adapter reads the page in code (Hacker News). */
  capture?: SelectorSpec;
  /** The board's own application form, when it has one. */
  autofill?: {
    /** Markup only this form has, for pages whose URL is unknown and that link nowhere. */
    marker?: string;
    selectors: readonly AdapterSelector[];
  };
  /** The board's own id for the posting at this URL (one of its pages), for dedup and enrichment. */
  jobRef?: (u: URL) => AtsRef | null;
  /** The public job API that answers without a key (enrichment), if any: where to ask for one posting. */
  jobApi?: (ref: AtsRef) => string | null;
  /** The public list of every open posting on one employer's board (company watch), if any. */
  boardApi?: {
    /** The employer's board name from a URL of its board or of one of its postings; null if none. */
    boardOf(u: URL): string | null;
    /** Where to ask for all open postings of that board (one request, no key). */
    listUrl(board: string): string;
    /** The board's own page; boardOf(pageUrl(b)) is b for every real board name (how a stored one is checked). */
    pageUrl(board: string): string;
  };
}

/**
 * One mark of a DOM signature. The same data gives the CSS selector (sniffing a document) and the
 * attribute test (the page scan, which never compiles a selector).
 */
export type SignatureMark =
  | { attr: string; equals: string }
  | { attr: string; word: string }
  | { attr: string; contains: string }
  | { attr: string; present: true }
  | { tag: string };

/** Selectors as data, by field: first match wins. */
export interface SelectorSpec {
  /** Scope everything to this container when present (e.g. LinkedIn's details pane). */
  root?: readonly string[];
  title?: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  employmentType?: readonly string[];
  workType?: readonly string[];
  salary?: readonly string[];
  description?: readonly string[];
  /** Sections printed apart from the description that belong to it (requirements, benefits), appended in order. */
  descriptionMore?: readonly string[];
  posted?: readonly string[];
  apply?: readonly string[];
  /** Present only on a single-posting view. */
  posting?: readonly string[];
}

/** One exact selector of an ATS form and the field type it always holds. */
export interface AdapterSelector {
  selector: string;
  type: FieldType;
  /** Why this selector means this type (kept short). */
  note?: string;
}
