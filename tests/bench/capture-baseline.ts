/**
 * The simple baseline capture is compared with: what a page declares about itself and nothing more.
 * A schema.org JobPosting in JSON-LD (title, hiringOrganization, jobLocation, baseSalary as given,
 * employmentType, description), else the document title and og:site_name. No adapters, no reading of
 * the visible page; only numbers and the schema.org employment type are read as such.
 */
import { parseEmploymentType } from '../../shared/capture/normalize/employment.ts';
import type { CapturedJob } from '../../shared/capture/types.ts';

type Json = Record<string, unknown>;

function postings(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      const type = o['@type'];
      if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]'))
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {}
  return out;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | null =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() && !Number.isNaN(Number(v))
      ? Number(v)
      : null;

export function structuredOnly(doc: Document): CapturedJob {
  const p = postings(doc)[0];
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ?? undefined;
  if (!p)
    return {
      fields: { title: doc.title || undefined, company: meta('og:site_name') },
    } as unknown as CapturedJob;
  const org = p.hiringOrganization as Json | undefined;
  const places = ([] as unknown[]).concat(p.jobLocation ?? []).map((l) => {
    const a = ((l as Json)?.address ?? {}) as Json;
    return {
      raw: [a.addressLocality, a.addressRegion, a.addressCountry]
        .filter((x) => typeof x === 'string')
        .join(', '),
    };
  });
  const base = p.baseSalary as Json | undefined;
  const value = (base?.value ?? {}) as Json;
  const salary = base
    ? {
        min: num(value.minValue ?? value.value),
        max: num(value.maxValue ?? value.value),
        currency: text(base.currency),
        period: text(value.unitText)?.toUpperCase(),
      }
    : undefined;
  const et = ([] as unknown[]).concat(p.employmentType ?? [])[0];
  const description = text(p.description)?.replace(/<[^>]+>/g, ' ');
  return {
    fields: {
      title: text(p.title),
      company: text(org?.name) ?? meta('og:site_name'),
      locations: places.filter((x) => x.raw),
      workType: p.jobLocationType === 'TELECOMMUTE' ? 'remote' : undefined,
      salary,
      employmentType: parseEmploymentType(et) ?? undefined,
      descriptionText: description,
    },
  } as unknown as CapturedJob;
}
