import type {
  AtsRef,
  EmploymentType,
  FieldSource,
  JobDraft,
  Location,
  PostingFields,
  Salary,
  WorkType,
} from '../domain/index.ts';

export type { AtsRef, EmploymentType, FieldSource, JobDraft, Location, PostingFields, Salary, WorkType };

/** One value proposed for one field by one source; the merge keeps the strongest. */
export interface Candidate<K extends keyof PostingFields = keyof PostingFields> {
  field: K;
  value: PostingFields[K];
  source: FieldSource;
  confidence: number;
  detail?: string;
}

/** A loose bag of fields a source found; `collect` turns it into candidates. */
export type FieldBag = Partial<PostingFields>;

export interface SourceResult {
  fields: FieldBag;
  source: FieldSource;
  confidence: number;
  detail: string;
  /** Per-field confidence overrides (e.g. a location guessed from a title segment). */
  confidenceOf?: Partial<Record<keyof PostingFields, number>>;
  /** Per-field source overrides (the generic reader marks og:title-derived values as `meta`). */
  sourceOf?: Partial<Record<keyof PostingFields, FieldSource>>;
  /** Per-field detail (which rule or selector). */
  detailOf?: Partial<Record<keyof PostingFields, string>>;
}

/** What a site adapter reads off its own pages. */
export interface SiteAdapter {
  id: string;
  /** Anchored URL test (a board's: shared/boards). */
  matches(url: URL): boolean;
  /** Optional cheap DOM signature for white-label hosts (custom career domains). */
  sniff?(doc: Document): boolean;
  /** `ref` is "now" for relative dates ("Posted 3 days ago"). */
  extract(doc: Document, url: URL, ref: Date): AdapterResult;
}

export interface AdapterResult {
  fields: FieldBag;
  /** True when the adapter recognised a posting view (not a search/list page). */
  posting: boolean;
  /** An application form page (e.g. Lever's …/apply): no description is expected there. */
  applicationPage?: boolean;
  /** Per-field confidence; defaults to 0.85. */
  confidenceOf?: Partial<Record<keyof PostingFields, number>>;
  /**
   * Last resorts read off the address (the company as the URL's slug, "lumengrid"): used only when
   * no other source, the generic reader included, found the field.
   */
  fallbacks?: FieldBag;
}

export interface ExtractOptions {
  /** Override the adapter list (tests); defaults to every registered adapter. */
  adapters?: readonly SiteAdapter[];
  /** Skip Readability even when nothing else found a description. */
  noReadability?: boolean;
  /** Clock for `extractedAt` (tests). */
  now?: () => Date;
}

/** JobDraft plus what the UI needs to say "No job posting found here" and link duplicates. */
export interface CapturedJob extends JobDraft {
  /** False when the page does not look like a single job posting. */
  isPosting: boolean;
  /** Adapter id that read the page, or null for structured-data/generic only. */
  adapter: string | null;
  /** company + title + location normalized; proposes "same job" links across boards. */
  fuzzyKey: string;
}

export type { WorkType as WorkTypeValue };
