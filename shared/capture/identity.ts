import { boardOfUrl, hostIs, toUrl } from '../boards/index.ts';
import { linkedInJobId } from '../boards/linkedin.ts';
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

/** The ATS's own job id, read from the URL by its board (white-label Greenhouse: gh_jid). */
export function atsRefFromUrl(input: string): AtsRef | null {
  const u = toUrl(input);
  return u ? (boardOfUrl(u)?.jobRef?.(u) ?? null) : null;
}
