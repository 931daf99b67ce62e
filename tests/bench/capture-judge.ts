// How a captured job is judged against a label (see capture.ts's header for the rules), shared by the
// capture benchmark and its structured-data baseline.

import { parseEmploymentType } from '../../shared/capture/normalize/employment.ts';
import { AU_STATES, CA_PROVINCES, COUNTRIES, US_STATES } from '../../shared/capture/normalize/places.ts';
import type { CapturedJob } from '../../shared/capture/types.ts';

export interface Label {
  file: string;
  title: string | null;
  company: string | null;
  location: string | null;
  remote: boolean | null;
  employment_type: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  description_must_contain: string[];
  alternatives?: { title?: string[]; company?: string[]; location?: string[] };
}

export const FIELDS = [
  'title',
  'company',
  'location',
  'remote',
  'salary',
  'employment_type',
  'description',
] as const;
export type Field = (typeof FIELDS)[number];

export const norm = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const tokens = (s: string) =>
  norm(s)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
/**
 * Location tokens with place names folded to codes ("California" → "ca", "United States of
 * America" → "us"), so "Los Gatos, CA, US" and "Los Gatos, California, United States" compare equal.
 */
const PLACE_CODES: Array<[string, string]> = [
  ...Object.entries(COUNTRIES),
  ...Object.entries(US_STATES).map(([code, name]): [string, string] => [name, code]),
  ...Object.entries(CA_PROVINCES).map(([code, name]): [string, string] => [name, code]),
  ...Object.entries(AU_STATES).map(([code, name]): [string, string] => [name, code]),
].sort((a, b) => b[0].length - a[0].length);
const placeTokens = (s: string): Set<string> => {
  let t = ` ${tokens(s)} `;
  for (const [name, code] of PLACE_CODES) {
    const n = ` ${tokens(name)} `;
    if (n.trim() && t.includes(n)) t = t.split(n).join(` ${code.toLowerCase()} `);
  }
  return new Set(t.split(' ').filter(Boolean));
};
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

const LEGAL = /[,.]?\s+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|s\.?a\.?|ag|b\.?v\.?)\.?$/i;

export function judge(l: Label, job: CapturedJob): Record<Field, boolean> {
  const f = job.fields;
  const alt = l.alternatives ?? {};
  // A null label means the page shows none: correct only when we found none either.
  const titleOk =
    l.title == null
      ? !f.title
      : [l.title, ...(alt.title ?? [])].some((t) => t != null && norm(t) === norm(f.title));
  const companyOk =
    l.company == null
      ? !f.company
      : [l.company, ...(alt.company ?? [])].some(
          (c) => c != null && norm(c).replace(LEGAL, '') === norm(f.company).replace(LEGAL, ''),
        );
  const ours = placeTokens((f.locations ?? []).map((x) => x.raw).join(' '));
  const locOk =
    l.location == null
      ? ours.size === 0
      : [l.location, ...(alt.location ?? [])].some((want) => {
          const w = placeTokens(want);
          // Same places in any order, or one side names more of the same place. When ours is the
          // smaller side it must still keep the label's first part (the city, or "remote").
          const first = placeTokens(want.split(/[,;|(/]/)[0] ?? '');
          return ours.size > 0 && (subset(w, ours) || (subset(ours, w) && subset(first, ours)));
        });
  const remote = f.workType == null ? null : f.workType === 'remote';
  const s = f.salary ?? null;
  const salaryOk =
    l.salary_min == null && l.salary_max == null
      ? s == null
      : s != null &&
        s.min === l.salary_min &&
        s.max === l.salary_max &&
        s.currency === l.salary_currency &&
        s.period === l.salary_period;
  // Labels write the type as schema.org does (CONTRACTOR, INTERN) or as the page does ("Full time"):
  // the label is read with the same employment-type reader, then compared with ours.
  const want =
    l.employment_type == null ? null : (parseEmploymentType(l.employment_type) ?? l.employment_type);
  const etOk = want === (f.employmentType ?? null);
  const text = norm(f.descriptionText);
  const descOk = l.description_must_contain.every((p) => text.includes(norm(p)));
  return {
    title: titleOk,
    company: companyOk,
    location: locOk,
    remote: remote === l.remote,
    salary: salaryOk,
    employment_type: etOk,
    description: descOk,
  };
}

export function pageUrl(doc: Document, file: string): string {
  const c =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (c) return new URL(c.replace(/&amp;/g, '&')).href;
  } catch {}
  return `file://${file}`;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : 0;
};
