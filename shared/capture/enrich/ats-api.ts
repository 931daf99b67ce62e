import { parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, sanitizeHtmlString } from '../normalize/html.ts';
import { parseLocations } from '../normalize/location.ts';
import type { AtsRef, PostingFields } from '../types.ts';

/**
 * The public job APIs of Greenhouse, Lever and Ashby (peers.md §3), which answer without a key:
 * how to read the answer into posting fields (where to ask is the board's `jobApi`, shared/boards).
 * Pure: the caller does the fetching.
 */
export interface AtsApi {
  read(body: unknown, ref: AtsRef): Partial<PostingFields> | null;
  /**
   * A board's list answer (the board's `boardApi.listUrl`) split into postings: each one's id, public
   * URL and its part of the answer, which `read` turns into fields. Null when the answer is not a list.
   */
  list(body: unknown): ListedPosting[] | null;
}

export interface ListedPosting {
  id: string;
  url: string;
  /** What `read(body, ref)` reads for this one posting. */
  body: unknown;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const PERIODS: Record<string, 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'> = {
  'per-hour-wage': 'HOUR',
  'per-month-salary': 'MONTH',
  'per-year-salary': 'YEAR',
  hourly: 'HOUR',
  monthly: 'MONTH',
  yearly: 'YEAR',
  year: 'YEAR',
  hour: 'HOUR',
  month: 'MONTH',
};

function description(html: string | undefined, plain: string | undefined): Partial<PostingFields> {
  if (!html && !plain) return {};
  const clean = html ? sanitizeHtmlString(html) : undefined;
  return { descriptionHtml: clean ?? '', descriptionText: plain ?? (clean ? htmlToText(clean) : '') };
}

const greenhouse: AtsApi = {
  read(body) {
    const b = obj(body);
    const title = str(b.title);
    if (!title) return null;
    const pay = obj((b.pay_input_ranges as unknown[] | undefined)?.[0]);
    const min = num(pay.min_cents);
    const max = num(pay.max_cents);
    // Greenhouse sends the description entity-encoded.
    const content = str(b.content)
      ?.replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    return {
      title,
      ...(str(obj(b.location).name) ? { locations: parseLocations(str(obj(b.location).name)!) } : {}),
      ...(str(b.company_name) ? { company: str(b.company_name) } : {}),
      ...(str(b.absolute_url) ? { applyUrl: str(b.absolute_url) } : {}),
      ...(min !== null || max !== null
        ? {
            salary: {
              min: min === null ? null : min / 100,
              max: max === null ? null : max / 100,
              currency: str(pay.currency_type) ?? null,
              period: 'YEAR' as const,
            },
          }
        : {}),
      ...description(content, undefined),
    };
  },
  // { jobs: [{ id, title, absolute_url, location, content, … }], meta: { total } } (list with ?content=true).
  list(body) {
    const jobs = obj(body).jobs;
    if (!Array.isArray(jobs)) return null;
    return jobs.flatMap((j: unknown) => {
      const id = num(obj(j).id) ?? str(obj(j).id);
      const url = str(obj(j).absolute_url);
      return id !== null && id !== undefined && url ? [{ id: String(id), url, body: j }] : [];
    });
  },
};

const lever: AtsApi = {
  read(body) {
    const b = obj(body);
    const title = str(b.text);
    if (!title) return null;
    const cats = obj(b.categories);
    const range = obj(b.salaryRange);
    const workplace = str(b.workplaceType);
    const lists = Array.isArray(b.lists) ? (b.lists as Json[]) : [];
    const html = [
      str(b.description),
      ...lists.map((l) => `<h3>${str(l.text) ?? ''}</h3><ul>${str(l.content) ?? ''}</ul>`),
      str(b.additional),
    ]
      .filter(Boolean)
      .join('\n');
    return {
      title,
      ...(str(cats.location) ? { locations: parseLocations(str(cats.location)!) } : {}),
      ...(str(cats.commitment) ? { employmentType: parseEmploymentType(str(cats.commitment)) } : {}),
      ...(workplace === 'remote' || workplace === 'hybrid'
        ? { workType: workplace }
        : workplace === 'onsite'
          ? { workType: 'onsite' as const }
          : {}),
      ...(str(b.applyUrl) ? { applyUrl: str(b.applyUrl) } : {}),
      ...(num(range.min) !== null || num(range.max) !== null
        ? {
            salary: {
              min: num(range.min),
              max: num(range.max),
              currency: str(range.currency) ?? null,
              period: PERIODS[str(range.interval) ?? ''] ?? null,
            },
          }
        : {}),
      ...description(html || undefined, undefined),
    };
  },
  // ?mode=json answers with a bare array of postings, each as the per-posting endpoint gives it.
  list(body) {
    if (!Array.isArray(body)) return null;
    return body.flatMap((p: unknown) => {
      const id = str(obj(p).id);
      const url = str(obj(p).hostedUrl);
      return id && url ? [{ id, url, body: p }] : [];
    });
  },
};

const ashby: AtsApi = {
  read(body, ref) {
    const jobs = Array.isArray(obj(body).jobs) ? (obj(body).jobs as Json[]) : [];
    // The board answers with every job: ours is the one whose URL carries its id.
    const job = jobs.find((j) => str(j.id) === ref.id || str(j.jobUrl)?.includes(ref.id));
    if (!job || !str(job.title)) return null;
    const component = obj(
      (
        (obj(job.compensation).compensationTiers as Json[] | undefined)?.[0]?.components as
          | unknown[]
          | undefined
      )?.find((c) => str(obj(c).compensationType) === 'Salary'),
    );
    return {
      title: str(job.title),
      ...(str(job.location) ? { locations: parseLocations(str(job.location)!) } : {}),
      ...(job.isRemote === true ? { workType: 'remote' as const } : {}),
      ...(str(job.employmentType) ? { employmentType: parseEmploymentType(str(job.employmentType)) } : {}),
      ...(str(job.applyUrl) ? { applyUrl: str(job.applyUrl) } : {}),
      ...(num(component.minValue) !== null || num(component.maxValue) !== null
        ? {
            salary: {
              min: num(component.minValue),
              max: num(component.maxValue),
              currency: str(component.currencyCode) ?? null,
              period: PERIODS[(str(component.interval) ?? '').replace(/^1 /, '').toLowerCase()] ?? 'YEAR',
            },
          }
        : {}),
      ...description(str(job.descriptionHtml), str(job.descriptionPlain)),
    };
  },
  // { apiVersion, jobs: [...] }: unlisted jobs (isListed false) are not for applicants.
  list(body) {
    const jobs = obj(body).jobs;
    if (!Array.isArray(jobs)) return null;
    return jobs.flatMap((j: unknown) => {
      const job = obj(j);
      const url = str(job.jobUrl);
      const id = str(job.id) ?? url?.match(/[0-9a-f-]{36}/i)?.[0];
      return id && url && job.isListed !== false ? [{ id, url, body: { jobs: [{ ...job, id }] } }] : [];
    });
  },
};

export const ATS_APIS: Partial<Record<AtsRef['ats'], AtsApi>> = { greenhouse, lever, ashby };
