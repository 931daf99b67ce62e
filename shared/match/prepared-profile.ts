import type { WorkType } from '../domain/index.ts';
import type { Place } from './geo.ts';
import type { GradeBand } from './grade-band.ts';
import type { Leaving } from './leaving.ts';
import type { TermCounts } from './relevance.ts';
import type { RuledOut } from './ruled-out.ts';
import type { TitleInfo } from './title-likeness.ts';

/** Everything about a person the scorer needs, computed once by prepareProfile (profile.ts). */
export interface PreparedProfile {
  personaId: string | null;
  weights: Record<string, number>;
  /** Skill id -> best credit the person earns for it and the skill that earns it. */
  credits: Map<number, { credit: number; via: number }>;
  /** Skill id -> the profile line that shows it (a bullet before a bare skills list). */
  evidence: Map<number, string>;
  /** Every profile line with its content words, for requirements that name no known skill. */
  lines: Array<{ text: string; words: Set<string> }>;
  /** word -> indexes into `lines` containing it. */
  wordIndex: Map<string, number[]>;
  titles: Array<{ info: TitleInfo; weight: number; text: string }>;
  /** Titles the person would also take, after their targets ("I would also take an FP&A analyst role"). */
  secondChoices: Array<{ info: TitleInfo; text: string }>;
  /**
   * The levels the person would take: their own, and any their target titles name ("Head of Growth"
   * for a marketing manager moving up, "Junior developer" for a career changer). A posting at any of
   * them is no step up or down.
   */
  aimLevels: number[];
  /** The rung above the numbered one the person holds, when their years reach it (career.ts nextRung). */
  nextRung: number | null;
  /** The school grades a teacher asks for or has taught (grade-band.ts); null for other work. */
  gradeBand: GradeBand | null;
  /** They manage people now, or a target title is a people-management one. */
  aimsToManage: boolean;
  /** A target title leads others, manager or not ("Head of Mathematics", "Team Lead"). */
  aimsToLead: boolean;
  /** Their own lines give them reports ("Line-manage 4 teaching assistants"), whatever their title. */
  hasReports: boolean;
  /** They manage people now and every target title is a management one: an IC role is off their track. */
  managesOnly: boolean;
  /** The job they hold and leave for management, or the field they leave for another (leaving.ts). */
  leaving: Leaving | null;
  /** The licensed profession they hold ("registered nurse"), beside which support roles are other work. */
  profession: string | null;
  /** The licensed profession whose support role they hold ("lawyer" for a paralegal), support-role.ts. */
  assists: string | null;
  /** Still sitting a professional qualification's exams (qualification.ts). */
  partQualified: boolean;
  level: number;
  years: number;
  yearsEvidence: string;
  degree: { level: number; text: string; words: Set<string> } | null;
  place: Place;
  /** Countries the person may work in without sponsorship. */
  authorized: Set<string>;
  /** What the person said they do not want, as patterns (ruled-out.ts). */
  ruledOut: RuledOut[];
  /** Countries the person is a citizen / permanent resident of, as the profile states them. */
  citizenOf: Set<string>;
  residentOf: Set<string>;
  requiresSponsorship: boolean | null;
  willingToRelocate: boolean;
  /** Where a move is welcome, when the person limits it ("within the EU"); empty: anywhere. */
  relocateTo: ReadonlySet<string>;
  /** The person said they will not move ("Not looking to relocate"). */
  refusesToRelocate: boolean;
  workTypes: WorkType[];
  salary: { minUsd: number | null; maxUsd: number | null; text: string } | null;
  industries: string[];
  /** The whole profile's terms (titles, bullets, skills, projects), for relevance.ts. */
  terms: TermCounts;
}

/** Whether the person would move to a country for a job: they said they would, and not only elsewhere. */
export const wouldMoveTo = (p: PreparedProfile, country: string) =>
  p.willingToRelocate && (p.relocateTo.size === 0 || p.relocateTo.has(country.toUpperCase()));
