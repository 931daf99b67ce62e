import { hostIs, toUrl } from '../boards/host.ts';
import type { AtsRef } from './types.ts';

/**
 * Job identity: a canonical URL (tracking removed, meaningful ids kept), the ATS's own id, and a
 * fuzzy key (company + title + location) that proposes "same job" links across boards.
 */

const TRACKING =
  /^(?:utm_.*|gh_src|trk|trkInfo|refId|trackingId|ref|referrer|source|src|lever-source.*|lever-origin|ashby_source|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|hsCtaTracking|icid|cid|sid|from|tk|vjs|advn|adid|ad|sjdu|acatk|pub|camk|xkcb|xpse|xfps|eid|origin|originalSubdomain|lipi|midToken|midSig|eBP|recommendedFlavor|alternateChannel|sessionId|geoId|distance|position|pageNum|f_.*|keywords|location|currentJobId|jobId|ebp|searchId|guid|jrtk|iis|iisn|__jvst|__jvsd|jvsd|spa|s|q|l|bb|p|mcid|cmp|campaign|channel|feed|jobPipeline|redirect|sfid|shareId|share_source|rx_.*|_ga|_gl|lang|locale)$/i;

/** Parameters that identify the job and must survive canonicalisation. */
const KEEP =
  /^(?:gh_jid|jk|job|jobid|job_id|jid|id|jobListingId|jl|token|for|pid|reqid|requisitionId|postingId)$/i;

export function canonicalUrl(input: string): string {
  const u = toUrl(input);
  if (!u) return input;
  const host = u.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  let path = u.pathname.replace(/\/{2,}/g, '/');
  const params = new URLSearchParams();

  // LinkedIn: every job view (search pane, guest, collections) becomes /jobs/view/<id>/.
  if (hostIs(host, 'linkedin.com')) {
    const id = linkedInJobId(u);
    if (id) return `https://www.linkedin.com/jobs/view/${id}/`;
  }
  // Indeed: /viewjob?jk=… (also from /rc/clk and search pages' vjk).
  if (/(^|\.)indeed\./.test(host)) {
    const jk = u.searchParams.get('jk') ?? u.searchParams.get('vjk');
    if (jk) return `https://${host}/viewjob?jk=${encodeURIComponent(jk)}`;
  }
  const keptNames = [...new Set([...u.searchParams.keys()])].sort();
  for (const k of keptNames) {
    if (TRACKING.test(k) && !KEEP.test(k)) continue;
    if (!KEEP.test(k) && !hostIs(host, 'myworkdayjobs.com')) {
      // Unknown parameters: keep only ones that look like an id or a page selector.
      const v = u.searchParams.get(k) ?? '';
      if (!/\d{3,}|^[0-9a-f-]{8,}$/i.test(v)) continue;
    }
    for (const v of u.searchParams.getAll(k)) params.append(k, v);
  }
  if (path.length > 1) path = path.replace(/\/+$/, '');
  // Lever and Ashby application pages are the same job as the posting.
  if (hostIs(host, 'lever.co') || hostIs(host, 'ashbyhq.com'))
    path = path.replace(/\/application$|\/apply$/, '');
  if (hostIs(host, 'myworkdayjobs.com'))
    path = path.replace(/\/apply(?:\/.*)?$/, '').replace(/^\/[a-z]{2}-[A-Z]{2}\//, '/');
  const qs = params.toString();
  return `https://${host}${path}${qs ? `?${qs}` : ''}`;
}

export function linkedInJobId(u: URL): string | null {
  const m = u.pathname.match(/\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/);
  if (m) return m[1]!;
  const q = u.searchParams.get('currentJobId') ?? u.searchParams.get('jobId');
  return q && /^\d+$/.test(q) ? q : null;
}

/** The ATS's own job id, read from the URL (and for white-label Greenhouse, gh_jid). */
export function atsRefFromUrl(input: string): AtsRef | null {
  const u = toUrl(input);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  const segs = u.pathname.split('/').filter(Boolean);
  const ghJid = u.searchParams.get('gh_jid');
  if (hostIs(host, 'greenhouse.io')) {
    const i = segs.indexOf('jobs');
    const token = u.searchParams.get('token');
    const board = u.searchParams.get('for') ?? (i > 0 ? segs[i - 1] : undefined);
    const id = i >= 0 ? segs[i + 1] : (token ?? ghJid);
    if (id && /^\d+$/.test(id)) return { ats: 'greenhouse', id, ...(board ? { board } : {}) };
  }
  if (ghJid && /^\d+$/.test(ghJid)) return { ats: 'greenhouse', id: ghJid };
  if (hostIs(host, 'lever.co') && segs.length >= 2 && /^[0-9a-f-]{36}$/i.test(segs[1]!)) {
    return { ats: 'lever', id: segs[1]!, board: segs[0]! };
  }
  if (hostIs(host, 'ashbyhq.com') && segs.length >= 2 && /^[0-9a-f-]{36}$/i.test(segs[1]!)) {
    return { ats: 'ashby', id: segs[1]!, board: decodeURIComponent(segs[0]!) };
  }
  if (hostIs(host, 'myworkdayjobs.com') || hostIs(host, 'myworkdaysite.com')) {
    const last = segs.filter((s) => s !== 'apply' && s !== 'autofillWithResume').at(-1) ?? '';
    const m = last.match(/_([A-Za-z]*-?\d[\w-]*)$/);
    // myworkdaysite.com puts the tenant in the path: /recruiting/<tenant>/<site>/job/…
    const tenant = /^wd\d+\./.test(host) && segs[0] === 'recruiting' ? segs[1] : host.split('.')[0];
    if (m && tenant) return { ats: 'workday', id: m[1]!, board: tenant };
  }
  if (hostIs(host, 'linkedin.com')) {
    const id = linkedInJobId(u);
    if (id) return { ats: 'linkedin', id };
  }
  if (/(^|\.)indeed\./.test(host)) {
    const jk = u.searchParams.get('jk') ?? u.searchParams.get('vjk');
    if (jk) return { ats: 'indeed', id: jk };
  }
  if (hostIs(host, 'smartrecruiters.com') && segs.length >= 2) {
    const m = segs[1]!.match(/^(\d{6,})/);
    if (m) return { ats: 'smartrecruiters', id: m[1]!, board: segs[0]! };
  }
  if (hostIs(host, 'workable.com')) {
    const i = segs.indexOf('j');
    if (i >= 0 && segs[i + 1])
      return { ats: 'workable', id: segs[i + 1]!, ...(i > 0 ? { board: segs[0]! } : {}) };
  }
  return null;
}
