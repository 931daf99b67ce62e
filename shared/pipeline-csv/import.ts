// Reading a Huntr or Teal CSV into rows Jobraker can save, each with its own error. Nothing here writes:
// the preview shows these rows, and only the user's confirmation saves the good ones.
import Papa from 'papaparse';
import { canonicalUrl } from '../capture/identity.ts';
import { parseDate } from '../capture/normalize/dates.ts';
import { parseLocations } from '../capture/normalize/location.ts';
import { parseSalary } from '../capture/normalize/salary.ts';
import { WebUrl } from '../domain/common.ts';
import type { Location, Salary } from '../domain/job.ts';
import { FIELD_LIMITS, unstorableTextProblem } from '../domain/limits.ts';
import type { Stage } from '../domain/stages.ts';
import { CSV_LIMITS, describeSize, IMPORTED_FORMULA, MARKUP } from './csv-rules.ts';
import {
  type CsvSource,
  detectSource,
  type ImportField,
  normalizeHeader,
  SOURCE_LABELS,
  SOURCES,
} from './sources.ts';

export interface ImportedJob {
  title: string;
  company: string;
  stage: Stage;
  url: string;
  canonicalUrl: string;
  locations: Location[];
  salary: Salary | null;
  excitement: number | null;
  /** Calendar dates (YYYY-MM-DD) as the file gives them. */
  savedOn: string | null;
  appliedOn: string | null;
  deadline: string | null;
  notes: string;
  description: string;
}

export type ParsedRow =
  | { line: number; ok: true; job: ImportedJob }
  | { line: number; ok: false; title: string; error: string };

export type ParsedFile = { ok: true; source: CsvSource; rows: ParsedRow[] } | { ok: false; error: string };

/** File-level problems, before any row is read. */
function fileProblem(text: string): string | null {
  if (text.length > CSV_LIMITS.bytes)
    return `This file is ${describeSize(text.length)}; a Huntr or Teal export is at most ${describeSize(CSV_LIMITS.bytes)}. Check it is the right file.`;
  if (text.startsWith('PK\u0003\u0004'))
    return 'This is a spreadsheet workbook (.xlsx), not a CSV. Export it as CSV from Huntr or Teal, or save it as CSV in your spreadsheet app.';
  if (text.startsWith('%PDF')) return 'This is a PDF, not a CSV export from Huntr or Teal.';
  const head = text.slice(0, 65_536);
  const garbled = (head.match(/\uFFFD/g) ?? []).length;
  if (head.includes('\u0000') || garbled > head.length / 100)
    return 'This file holds binary data, not text: it is not a CSV export from Huntr or Teal.';
  if (!text.replace(/^\ufeff/, '').trim()) return 'This file is empty.';
  return null;
}

function cellProblem(header: string, value: string, max: number, plainWords = false): string | null {
  if (value.length > max) return `${header} is too long (${value.length} characters; at most ${max})`;
  const unstorable = unstorableTextProblem(value);
  if (unstorable) return `${header} ${unstorable}`;
  if (IMPORTED_FORMULA.test(value))
    return `${header} starts with “${value[0]}” like a spreadsheet formula; Jobraker does not import formulas`;
  if (plainWords && MARKUP.test(value)) return `${header} contains HTML markup (“${value.slice(0, 40)}”)`;
  return null;
}

export function parsePipelineCsv(text: string, today: Date = new Date()): ParsedFile {
  const problem = fileProblem(text);
  if (problem) return { ok: false, error: problem };
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) return { ok: false, error: `Row ${(quote.row ?? 0) + 1} has a quote (") that never closes.` };
  const [headers = [], ...body] = parsed.data;
  const wide = parsed.data.findIndex((r) => r.length > CSV_LIMITS.columns);
  if (wide >= 0)
    return {
      ok: false,
      error: `Row ${wide + 1} has ${parsed.data[wide]!.length.toLocaleString('en')} columns; a Huntr or Teal export has at most ${CSV_LIMITS.columns}.`,
    };
  if (body.length > CSV_LIMITS.rows)
    return {
      ok: false,
      error: `This file has ${body.length.toLocaleString('en')} jobs; Jobraker imports at most ${CSV_LIMITS.rows.toLocaleString('en')} at once.`,
    };
  const source = detectSource(headers);
  if (!source)
    return {
      ok: false,
      error: `These columns are not a Huntr or Teal export. Huntr's has Job Title, Employer and List; Teal's has Job Position, Company and Status. This file has: ${headers
        .slice(0, 8)
        .map((h) => h.trim())
        .join(', ')}${headers.length > 8 ? '…' : ''}.`,
    };
  const format = SOURCES[source];
  const index = new Map(headers.map((h, i) => [normalizeHeader(h), i] as const));
  const column = (field: ImportField) =>
    format.columns[field]?.map((h) => index.get(h)).find((i) => i !== undefined);
  const columns = Object.fromEntries(
    (Object.keys(format.columns) as ImportField[]).map((f) => [f, column(f)]),
  ) as Partial<Record<ImportField, number>>;
  const label = (f: ImportField) => headers[columns[f]!]?.trim() ?? f;
  const rows = body.map((cells, i) => readRow(cells, i + 2, { source, columns, label, today }));
  return { ok: true, source, rows };
}

interface RowContext {
  source: CsvSource;
  columns: Partial<Record<ImportField, number>>;
  label: (f: ImportField) => string;
  today: Date;
}

function readRow(cells: string[], line: number, ctx: RowContext): ParsedRow {
  const get = (f: ImportField) => (ctx.columns[f] === undefined ? '' : (cells[ctx.columns[f]!] ?? '').trim());
  const title = get('title');
  const fail = (error: string): ParsedRow => ({ line, ok: false, title: title.slice(0, 200), error });
  for (const [f, max, plain] of [
    ['title', FIELD_LIMITS.title, true],
    ['company', FIELD_LIMITS.company, true],
    ['location', FIELD_LIMITS.shortText, true],
    ['salary', FIELD_LIMITS.shortText, false],
    ['notes', FIELD_LIMITS.notes, false],
    ['description', FIELD_LIMITS.descriptionText, false],
    ['url', FIELD_LIMITS.url, false],
  ] as const) {
    const problem = cellProblem(ctx.label(f), get(f), max, plain);
    if (problem) return fail(problem);
  }
  if (!title) return fail(`${ctx.label('title')} is empty`);
  const company = get('company');
  if (!company) return fail(`${ctx.label('company')} is empty`);
  const url = get('url');
  if (!url) return fail(`${ctx.label('url')} is empty: Jobraker keeps a link to every job`);
  if (!WebUrl.safeParse(url).success)
    return fail(`${ctx.label('url')} “${url.slice(0, 80)}” is not an http(s) link`);
  const stageText = get('stage').toLowerCase();
  const stage = stageText ? SOURCES[ctx.source].stages[stageText] : 'saved';
  if (!stage)
    return fail(
      `${ctx.label('stage')} “${get('stage').slice(0, 40)}” is not a ${SOURCE_LABELS[ctx.source]} stage (${Object.keys(SOURCES[ctx.source].stages).join(', ')})`,
    );
  const dates: Partial<Record<'savedAt' | 'appliedAt' | 'deadline', string | null>> = {};
  for (const f of ['savedAt', 'appliedAt', 'deadline'] as const) {
    const raw = get(f);
    const value = raw ? parseDate(raw, ctx.today) : null;
    if (raw && !value) return fail(`${ctx.label(f)} “${raw.slice(0, 40)}” is not a date (use 2026-12-31)`);
    dates[f] = value;
  }
  const excitementText = get('excitement');
  const excitement = excitementText ? Number(excitementText) : null;
  if (excitement !== null && !(Number.isInteger(excitement) && excitement >= 0 && excitement <= 5))
    return fail(`${ctx.label('excitement')} “${excitementText.slice(0, 20)}” is not a number from 0 to 5`);
  return {
    line,
    ok: true,
    job: {
      title,
      company,
      stage,
      url,
      canonicalUrl: canonicalUrl(url),
      locations: get('location') ? parseLocations(get('location')) : [],
      salary: salaryOf(get('salary'), get('salaryMin'), get('salaryMax')),
      excitement: excitement ? excitement : null,
      savedOn: dates.savedAt ?? null,
      appliedOn: dates.appliedAt ?? null,
      deadline: dates.deadline ?? null,
      notes: get('notes'),
      description: get('description'),
    },
  };
}

function salaryOf(text: string, min: string, max: string): Salary | null {
  const n = (s: string) => {
    const v = Number(s.replace(/[^\d.]/g, ''));
    return s && Number.isFinite(v) && v > 0 ? v : null;
  };
  if (n(min) !== null || n(max) !== null)
    return {
      min: n(min),
      max: n(max),
      currency: null,
      period: null,
      text: [min, max].filter(Boolean).join(' – '),
    };
  return text
    ? (parseSalary(text, { minScore: 0 }) ?? { min: null, max: null, currency: null, period: null, text })
    : null;
}
