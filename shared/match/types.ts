import type { EmploymentType, Location, MatchFactor, Salary, WorkType } from '../domain/index.ts';
import type { CitizensOnly } from './citizenship.ts';
import type { EmploymentTerms } from './employment.ts';
import type { Place } from './geo.ts';
import type { GradeBand } from './grade-band.ts';
import type { TermCounts } from './relevance.ts';
import type { TitleInfo } from './title-likeness.ts';

/** What scoring needs from a job: a domain `Job`/`PostingFields` fits, and so does plain text. */
export interface JobInput {
  id: string;
  title: string;
  company?: string;
  descriptionText?: string;
  locations?: Location[];
  /** A location as one string ("Austin, TX (Hybrid)") when no structured locations exist. */
  locationText?: string;
  workType?: WorkType | null;
  /** The board's own employment type, when it gives one. */
  employmentType?: EmploymentType | null;
  salary?: Salary | null;
  requirements?: { required: string[]; preferred: string[] };
}

export interface RequirementItem {
  text: string;
  kind: 'required' | 'preferred';
  /** Offset in the description, -1 when it came from a captured list. */
  start: number;
  skills: number[];
  years?: number;
  yearsMax?: number;
  /** 0.5 high school, 1 associate/diploma, 2 bachelor, 3 master, 4 doctorate. */
  degree?: number;
  /** "or equivalent experience" */
  degreeFlexible?: boolean;
  /** Content words, for lines naming no known skill (matched against profile lines). */
  words: string[];
  /** Skills grouped as alternatives: "Go or Python", "queues (Kafka, RabbitMQ)" -> one group; others alone. */
  groups: number[][];
  /** Talks about where one may work ("authorized to work in the US"). */
  locationCue: boolean;
}

export interface ParsedPosting {
  title: string;
  /** 0 intern … 5 principal/director (see titles.ts). */
  seniority: number;
  items: RequirementItem[];
  /** Skill id and weight: 3 required, 1.5 preferred, 1 named in duties, 0.5 in the intro. */
  skills: Array<{ id: number; weight: number }>;
  /** Alternative groups across all lines: knowing one member meets the others. */
  alternatives: number[][];
  /** The same groups as indexes into `skills`, for scoring without searching. */
  alternativeIndex: number[][];
  minYears: number | null;
  maxYears: number | null;
  degree: RequirementItem | null;
  places: Place[];
  workType: WorkType | null;
  /** Countries a remote role may be worked from; empty = not stated. */
  remoteCountries: string[];
  /** States or provinces a remote role is limited to ("Remote - AZ, NV, UT"); empty = not stated. */
  remoteRegions: Place[];
  /** States a remote role may not be worked from ("Remote - US (excluding CO)"); empty = none named. */
  remoteExcludedRegions: Place[];
  /** "must be authorized to work in the US" */
  authorizationCountries: string[];
  salary: Salary | null;
  sponsorship: 'none' | 'offered' | 'unknown';
  /** It sponsors H-1B transfers but no new petitions: good for someone already on an H-1B. */
  transfersOnly: boolean;
  /** It supports TN status and nowhere refuses it (tn-status.ts): enough for a Canadian or Mexican citizen. */
  supportsTn: boolean;
  relocation: boolean;
  /** "Open to Singapore citizens only": authorization alone does not meet it. */
  citizensOnly: CitizensOnly | null;
  text: string;
}

export interface PreparedJob {
  id: string;
  title: TitleInfo;
  isManager: boolean;
  /** Neither its title nor its body gives the role a team to lead ("Staff Engineer"). */
  isIndividualContributor: boolean;
  /** Its body gives the role reports in two undenied sentences (ruled-out.ts `leadsPeople`). */
  leadsPeople: boolean;
  /** The teams it puts the role in ("our ML Platform team"; home-team.ts). */
  homeTeams: string[];
  /** The employer's name as the posting gives it ("Australian Army"); '' without one. */
  employer: string;
  industries: string[];
  parsed: ParsedPosting;
  /** The whole posting's terms, for what-the-work-is-about similarity (relevance.ts). */
  terms: TermCounts;
  /** The title's terms: the explanation names what the work shares beyond the title shown beside it. */
  titleTerms: ReadonlySet<string>;
  /** The school grades a teaching post's title names (grade-band.ts); null for other work. */
  gradeBand: GradeBand | null;
  /** Permanent, contract or either, as the posting states it (employment.ts); null when it does not. */
  employment: EmploymentTerms | null;
}

export interface FactorOutcome {
  factor: MatchFactor;
  /** 0..1, or null when the posting or the profile does not say (the factor is then not counted). */
  score: number | null;
  detail: string;
}
