// How Huntr's and Teal's CSV exports name their columns and stages, mapped to Jobraker's. Neither tool
// documents its export in the sources we could read (see tests/fixtures/pipeline-csv/README.md): the names
// follow each tool's own vocabulary (Huntr: "Employer", "List"; Teal: "Job Position", "Excitement", its
// statuses), and every field accepts a few spellings, matched without regard to case or spacing.
import type { Stage } from '../domain/stages.ts';

export type CsvSource = 'huntr' | 'teal';
export const SOURCE_LABELS: Record<CsvSource, string> = { huntr: 'Huntr', teal: 'Teal' };

/** The fields an import fills. */
export type ImportField =
  | 'title'
  | 'company'
  | 'stage'
  | 'url'
  | 'location'
  | 'salary'
  | 'salaryMin'
  | 'salaryMax'
  | 'excitement'
  | 'savedAt'
  | 'appliedAt'
  | 'deadline'
  | 'notes'
  | 'description';

interface SourceFormat {
  /** Headers that only this tool's export has: their presence says which tool wrote the file. */
  signature: string[];
  columns: Partial<Record<ImportField, string[]>>;
  stages: Record<string, Stage>;
}

export const SOURCES: Record<CsvSource, SourceFormat> = {
  huntr: {
    signature: ['employer', 'list'],
    columns: {
      title: ['job title', 'title', 'position'],
      company: ['employer', 'company'],
      stage: ['list', 'stage'],
      url: ['url', 'job url', 'job link'],
      location: ['location'],
      salary: ['salary'],
      savedAt: ['date added', 'created at', 'created'],
      appliedAt: ['date applied', 'applied at'],
      deadline: ['deadline'],
      notes: ['notes', 'note'],
      description: ['description', 'job description'],
    },
    stages: {
      wishlist: 'saved',
      applied: 'applied',
      interview: 'interviewing',
      interviewing: 'interviewing',
      offer: 'offer',
      rejected: 'rejected',
    },
  },
  teal: {
    signature: ['job position'],
    columns: {
      title: ['job position', 'job title', 'title'],
      company: ['company', 'company name'],
      stage: ['status', 'stage'],
      url: ['job url', 'url', 'job link'],
      location: ['location'],
      salaryMin: ['min salary', 'salary min'],
      salaryMax: ['max salary', 'salary max'],
      salary: ['salary'],
      excitement: ['excitement'],
      savedAt: ['date saved', 'date bookmarked'],
      appliedAt: ['date applied'],
      deadline: ['deadline', 'application deadline'],
      notes: ['notes'],
      description: ['job description', 'description'],
    },
    stages: {
      bookmarked: 'saved',
      applying: 'saved',
      applied: 'applied',
      interviewing: 'interviewing',
      negotiating: 'offer',
      accepted: 'accepted',
      'i withdrew': 'withdrawn',
      'not selected': 'rejected',
      'no response': 'ghosted',
    },
  },
};

/** A header as compared: lower case, single spaces, no BOM or surrounding space. */
export const normalizeHeader = (h: string): string =>
  h
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

/** Which tool wrote these headers, if either. */
export function detectSource(headers: readonly string[]): CsvSource | null {
  const set = new Set(headers.map(normalizeHeader));
  return (
    (Object.keys(SOURCES) as CsvSource[]).find((s) => SOURCES[s].signature.every((h) => set.has(h))) ?? null
  );
}
