// How much one stored record may hold. The domain schemas, the sync function and the SQL CHECKs (migration
// 20261204000100_field_limits.sql, kept equal by tests/integration/abuse-limits.test.ts) all use these, so a
// record the extension accepts is one the server stores. Lengths count UTF-16 code units (what JS and zod
// count); Postgres counts code points, never more.
import { z } from 'zod';

export const FIELD_LIMITS = {
  title: 1_000,
  company: 1_000,
  /** Posting, canonical, apply and alias URLs (tracking parameters make real ones long). */
  url: 8_192,
  /** ATS ids and boards, salary text, fuzzy key, a location's parts, a provenance detail. */
  shortText: 3_000,
  /** Capture keeps 150 000 characters of sanitized HTML (shared/capture/dom.ts LIMITS). */
  descriptionHtml: 200_000,
  descriptionText: 200_000,
  notes: 50_000,
  /** One requirement, gap, edited-field name or alias... */
  listItem: 2_000,
  /** ...and how many of them one list holds. */
  listItems: 200,
  stageNote: 5_000,
  /** One of the user's own labels on a job ("referral", "dream job")... */
  tag: 60,
  /** ...and how many one job carries. */
  tags: 30,
  /** Provenance and locations, as JSON text. */
  jsonField: 65_536,
} as const;

/** NUL cannot be stored in Postgres text; a lone UTF-16 surrogate is not a character at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this looks for.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableTextProblem(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return match[0] === '\u0000'
    ? 'contains a NUL character (U+0000), which cannot be stored'
    : `contains a lone surrogate (U+${match[0].charCodeAt(0).toString(16).toUpperCase()}), which is not valid Unicode`;
}

/** A string of at most `max` code units that Postgres can store. */
export function boundedText(max: number) {
  return z
    .string()
    .max(max, `Too long: at most ${max} characters`)
    .superRefine((text, ctx) => {
      const problem = unstorableTextProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: `Text ${problem}` });
    });
}

/** `schema` whose value, written as JSON, is at most `max` characters long. */
export function boundedJson<T extends z.ZodType>(schema: T, max: number = FIELD_LIMITS.jsonField) {
  return schema.refine((value) => (JSON.stringify(value) ?? '').length <= max, {
    message: `Too large: at most ${max} characters as JSON`,
  });
}

/** Deeper than any record Jobraker writes; a deeper one (a crafted row) is refused, not walked. */
const MAX_DEPTH = 32;

/** Where in a JSON-like value the first unstorable string sits (`notes`, `locations.0.raw`), and why. */
export function findUnstorableText(
  value: unknown,
  path = '',
  depth = 0,
): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem ? { path: path || '(value)', problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH)
    return { path: path || '(value)', problem: `is nested deeper than ${MAX_DEPTH} levels` };
  for (const [key, inner] of Object.entries(value)) {
    const keyProblem = unstorableTextProblem(key);
    if (keyProblem) return { path: path ? `${path}.${key}` : key, problem: `key ${keyProblem}` };
    const found = findUnstorableText(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The same value with every string made storable: NUL removed, lone surrogates replaced by U+FFFD. Neither is
 * visible text, so the user loses nothing they could read, and the record can sync.
 */
export function toStorableText<T>(value: T): T {
  if (typeof value === 'string') {
    return (
      UNSTORABLE.test(value)
        ? value.replaceAll('\u0000', '').replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD')
        : value
    ) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => toStorableText(item)) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [toStorableText(key), toStorableText(inner)]),
  ) as T;
}
