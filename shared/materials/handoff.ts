// What autofill hands an application form for one job: the tailored resume and cover letter the
// person chose for it (as a file and as text), else the master resume as before. Pure: the
// extension reads the choices from its database, builds the PDF from `lines` and moves the bytes.
import type { Profile } from '../domain/index.ts';
import { type Line, letterText, materialTitle, renderLines } from './render.ts';
import type { CoverLetterDoc, MaterialDoc, ResumeDoc } from './schema.ts';
import type { MaterialJob } from './sources.ts';

/** A version the person chose for the job: its number as the Materials tab shows it, and its document. */
export interface ChosenVersion {
  version: number;
  doc: MaterialDoc;
}

export interface HandoffInput {
  profile: Profile;
  /** The saved job the form belongs to; null when the page matches no saved job. */
  job: MaterialJob | null;
  chosen: { resume?: ChosenVersion | null; coverLetter?: ChosenVersion | null };
  /** The master resume file (the active persona's, else the newest). */
  masterResume: { name: string } | null;
}

export type ResumeHandoff =
  | {
      from: 'tailored';
      version: number;
      /** The PDF's title and, with ".pdf", its file name. */
      title: string;
      fileName: string;
      lines: Line[];
      /** Why this file, as the preview row says it. */
      source: string;
      confidence: number;
    }
  | { from: 'master'; fileName: string; source: string; confidence: number };

export interface CoverLetterHandoff {
  version: number;
  /** What a cover-letter box receives. */
  text: string;
  title: string;
  fileName: string;
  lines: Line[];
  source: string;
  confidence: number;
}

export interface Handoff {
  resume: ResumeHandoff | null;
  coverLetter: CoverLetterHandoff | null;
  /** Why a chosen version was not used, for the person to read. */
  notes: string[];
}

/** Versions in the order the Materials tab numbers them (oldest is version 1). */
export const inVersionOrder = <T extends { createdAt: string }>(versions: readonly T[]): T[] =>
  [...versions].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** The 1-based number of version `id` among the job's versions of one kind (0 when absent). */
export function versionNumber(versions: readonly { id: string; createdAt: string }[], id: string): number {
  return inVersionOrder(versions).findIndex((v) => v.id === id) + 1;
}

/** Roles and projects a resume cites that the profile no longer has (their headers can't be rendered). */
function missingSections(doc: ResumeDoc, profile: Profile): number {
  const ids = new Set([
    ...profile.experience.map((e) => `exp:${e.id}`),
    ...profile.projects.map((p) => `proj:${p.id}`),
  ]);
  return [...doc.experience, ...doc.projects].filter((s) => !ids.has(s.itemId)).length;
}

const hasClaims = (doc: ResumeDoc) =>
  doc.summary.length + doc.experience.reduce((n, s) => n + s.bullets.length, 0) > 0;

function tailoredResume(
  chosen: ChosenVersion,
  doc: ResumeDoc,
  input: HandoffInput & { job: MaterialJob },
): ResumeHandoff {
  const title = materialTitle(input.profile, 'resume');
  const missing = missingSections(doc, input.profile);
  const stale = missing
    ? ` (${missing} role${missing > 1 ? 's' : ''} it cites ${missing > 1 ? 'are' : 'is'} no longer in your profile and ${missing > 1 ? 'are' : 'is'} left out)`
    : '';
  return {
    from: 'tailored',
    version: chosen.version,
    title,
    fileName: `${title}.pdf`,
    lines: renderLines(doc, input.profile, input.job),
    source: `your tailored resume, version ${chosen.version}, chosen for this job${stale}`,
    // The person chose it for this very job; a version that outlived part of the profile is less sure.
    confidence: missing ? 0.7 : 1,
  };
}

function coverLetter(chosen: ChosenVersion, doc: CoverLetterDoc, input: HandoffInput & { job: MaterialJob }) {
  const title = materialTitle(input.profile, 'cover_letter');
  const lines = renderLines(doc, input.profile, input.job);
  return {
    version: chosen.version,
    text: letterText(lines),
    title,
    fileName: `${title}.pdf`,
    lines,
    source: `your cover letter, version ${chosen.version}, chosen for this job`,
    confidence: 1,
  };
}

/** Which resume and cover letter autofill uses for this job, and why. */
export function decideHandoff(input: HandoffInput): Handoff {
  const notes: string[] = [];
  const master: ResumeHandoff | null = input.masterResume
    ? { from: 'master', fileName: input.masterResume.name, source: 'your resume', confidence: 1 }
    : null;
  const { job } = input;
  if (!job) return { resume: master, coverLetter: null, notes };
  const withJob = { ...input, job };

  let resume: ResumeHandoff | null = master;
  const r = input.chosen.resume;
  if (r && r.doc.kind === 'resume') {
    if (hasClaims(r.doc)) resume = tailoredResume(r, r.doc, withJob);
    else notes.push(`Tailored resume version ${r.version} is empty: your master resume is used instead.`);
  }

  let letter: CoverLetterHandoff | null = null;
  const c = input.chosen.coverLetter;
  if (c && c.doc.kind === 'cover_letter') {
    if (c.doc.paragraphs.some((p) => p.sentences.length > 0)) letter = coverLetter(c, c.doc, withJob);
    else notes.push(`Cover letter version ${c.version} has no text left: no cover letter is filled.`);
  }
  return { resume, coverLetter: letter, notes };
}
