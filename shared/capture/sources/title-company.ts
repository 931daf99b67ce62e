import { squash, textOf } from '../dom.ts';
import { parseLocations } from '../normalize/location.ts';
import {
  cleanSiteName,
  isGenericSegment,
  key,
  namesBoard,
  namesSite,
  type PageSignals,
  SEPARATORS,
  withoutBoard,
} from './page.ts';

/**
 * Title and company for pages without structured data: the h1 that matches <title>/og:title, else
 * og:title minus the site/company/place segments; the company from a title segment naming the
 * domain, og:site_name, "About X" headings, the logo's alt text, the ATS subdomain or the domain.
 */

export interface Picked {
  value: string;
  conf: number;
  el?: Element | null;
  detail: string;
}

const TITLE_PREFIX =
  /^(?:job application for|apply for|apply now:?|job:|vacancy:|career opportunity:?|job opening:?|job details:?|stellenangebot:?|offre d'emploi:?)\s+/i;
const TITLE_JOB_IN = /\s+(?:job|jobs|position|vacancy)\s+(?:in|at)\s+.+$/i;

/** The title metadata minus site/company segments ("Sales Engineer, APAC – Vercel" → "Sales Engineer, APAC"). */
export function titleFromMeta(
  raw: string,
  sig: PageSignals,
  company?: string,
): { title: string; dropped: string[] } {
  let t = raw.replace(TITLE_PREFIX, '').trim();
  const dropped: string[] = [];
  const at = t.match(/^(.+?)\s+at\s+([^|–—-]+)$/i);
  if (at && (namesSite(at[2]!, sig, company) || at[2]!.split(' ').length <= 4)) {
    dropped.push(at[2]!.trim());
    t = at[1]!;
  }
  for (let i = 0; i < 4; i++) {
    const parts = t.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts.at(-1)!;
    const first = parts[0]!;
    if (namesSite(last, sig, company) || namesBoard(last, sig) || /\bcareers?\b|\bjobs?\b/i.test(last)) {
      dropped.push(last);
      t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    } else if (namesSite(first, sig, company)) {
      dropped.push(first);
      t = t.slice(first.length).replace(/^[\s|–—·•:-]+/, '');
    } else if (looksLikePlace(last) && !looksLikePlace(first)) {
      // "Engineer | Los Gatos, California, United States | Netflix": the place is not the title.
      dropped.push(last);
      t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/, '');
    } else break;
  }
  return { title: t.replace(TITLE_JOB_IN, '').trim(), dropped };
}

function looksLikePlace(seg: string): boolean {
  // "Columbus, OH 43215": the postal code is not part of the place name.
  const l = parseLocations(seg.replace(/\s+\d{4,6}(?:-\d{4})?$/, ''))[0];
  return !!l && !!(l.country || l.region) && seg.split(/[\s,]+/).length <= 8;
}

export function pickTitle(sig: PageSignals, company?: string): Picked | null {
  const metas = [sig.ogTitle, sig.docTitle].filter(Boolean).map((m) => titleFromMeta(m, sig, company).title);
  const h1s = sig.h1s
    // Boards append a screen-reader suffix to the visible title ("Team Lead - job post").
    .map((el) => ({ el, text: squash(textOf(el, 300)).replace(/\s+[-–]\s+job post(?:ing)?$/i, '') }))
    .filter((h) => h.text && h.text.length < 200);
  for (const h of h1s) {
    const k = key(h.text);
    if (
      k.length > 2 &&
      !namesSite(h.text, sig, company) &&
      metas.some((m) => key(m) === k || key(m).includes(k) || (k.includes(key(m)) && key(m).length > 5))
    ) {
      return { value: h.text, conf: 0.85, el: h.el, detail: 'h1 matching <title>/og:title' };
    }
  }
  // No h1 matched: a lower heading that the title metadata starts with ("Développeur H/F" in
  // "Développeur H/F - Company - CDI à Lyon") is the visible title.
  for (const el of sig.headings) {
    if (el.tagName === 'H1' || inPageChrome(el)) continue;
    const text = squash(textOf(el, 300));
    const k = key(text);
    if (
      k.length > 5 &&
      text.length < 200 &&
      !namesSite(text, sig, company) &&
      metas.some((m) => key(m).startsWith(k))
    )
      return { value: text, conf: 0.75, el, detail: 'heading matching <title>/og:title' };
  }
  const meta = metas.find(
    (m) => m.length > 2 && !namesSite(m, sig, company) && !/^careers?\b|\bcareers at\b/i.test(m),
  );
  if (meta) {
    // The same text in a heading anchors the header zone (Lever's apply page uses an h2).
    const k = key(meta);
    const el = sig.headings.find((e) => key(textOf(e, 300)) === k) ?? null;
    return { value: meta, conf: 0.65, el, detail: 'og:title/<title> minus site name' };
  }
  const h = h1s.find((x) => !namesSite(x.text, sig, company));
  if (h) return { value: h.text, conf: 0.55, el: h.el, detail: 'first h1' };
  // No h1 (BambooHR, Jobvite print the title as an h2): the first heading that is not a section name.
  for (const el of sig.headings) {
    if (el.tagName === 'H1' || inPageChrome(el)) continue;
    const text = squash(textOf(el, 200));
    if (text.length < 3 || text.length > 120 || namesSite(text, sig, company) || SECTION_HEADING.test(text))
      continue;
    return { value: text, conf: 0.45, el, detail: 'first heading (no h1)' };
  }
  return null;
}

/** Headings that name a section of a posting or page, not the job. */
const SECTION_HEADING =
  /^(?:about|overview|description|job description|the role|role|responsibilit|requirements|qualifications|benefits|perks|what|who|why|how|our|your|you|we|join|apply|share|similar|related|other|more|recent|open (?:roles|positions)|current|search|leave a|comments?|menu|contact|related)\b|:$/i;

/** Inside navigation, a footer, a sidebar or a form: not the page's title. */
function inPageChrome(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < 12; depth++, cur = cur.parentElement) {
    if (/^(?:NAV|FOOTER|ASIDE|FORM)$/.test(cur.tagName)) return true;
  }
  return false;
}

const NOT_COMPANY =
  /^(?:us|you|the (?:role|team|job|position|company|opportunity)|this (?:role|job|position|team)|our (?:team|company)|the\b|working|life|benefits|role|team|position)\b/i;

export function companyFromHeadings(headings: readonly Element[]): string | null {
  for (const h of headings) {
    const t = squash(textOf(h, 120)).replace(/[:.!]+$/, '');
    if (t.length > 60) continue;
    const m =
      t.match(/^(?:about|careers? at|working at|life at|join|why)\s+(.+)$/i) ?? t.match(/^(.+?)\s+careers$/i);
    const name = m?.[1]?.trim();
    if (name && !NOT_COMPANY.test(name) && name.split(' ').length <= 4 && /^[\p{Lu}\d]/u.test(name)) {
      return name;
    }
  }
  return null;
}

/** A logo image: says so in its class/alt/src, or sits in the page header or the home link. */
function isLogo(img: Element): boolean {
  if (
    /logo/i.test(
      `${img.getAttribute('class') ?? ''} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''}`,
    )
  )
    return true;
  let cur = img.parentElement;
  for (let i = 0; cur && i < 6; i++, cur = cur.parentElement) {
    if (cur.tagName === 'HEADER' || (cur.tagName === 'A' && cur.getAttribute('href') === '/')) return true;
  }
  return false;
}

/** A plausible employer name: short, not a board brand, not a UI word. */
function nameLike(s: string, sig: PageSignals): boolean {
  return (
    s.length > 1 &&
    s.length < 60 &&
    s.split(' ').length <= 6 &&
    !namesBoard(s, sig) &&
    !isGenericSegment(s) &&
    !/\b(?:logo|home|careers?|jobs?|image|icon|menu|apply|search)\b/i.test(s)
  );
}

export function pickCompany(sig: PageSignals): Picked | null {
  // A title segment that names the employer's own domain ("… | Roblox", "… – Vercel").
  for (const raw of [sig.ogTitle, sig.docTitle]) {
    if (!raw) continue;
    const { dropped } = titleFromMeta(raw, sig);
    for (const d of dropped) {
      const clean = cleanSiteName(d);
      if (
        !sig.sharedHost &&
        sig.domain.length > 1 &&
        clean &&
        key(clean).includes(key(sig.domain)) &&
        clean.length < 60
      ) {
        return { value: clean, conf: 0.8, detail: 'title segment naming the site domain' };
      }
    }
  }
  const site = cleanSiteName(withoutBoard(sig.siteName, sig));
  if (site && site.length < 60 && !sig.sharedHost) return { value: site, conf: 0.7, detail: 'og:site_name' };
  // An element named like the employer ("company-name", "advertiser-name") on a board's page.
  for (const el of sig.companyEls) {
    // "Riverbend Insurance 3.9 ★": boards print the rating beside the name.
    const t = squash(textOf(el, 120)).replace(/\s*\d(?:[.,]\d)?\s*(?:★|☆|stars?|\/\s?5)?\s*$/i, '');
    if (nameLike(t, sig)) return { value: t, conf: 0.6, detail: 'element named like the company' };
  }
  for (const raw of [sig.docTitle, sig.ogTitle]) {
    const at = raw.match(/\s+at\s+([^|–—]{2,60})$/i);
    if (at && !namesBoard(at[1]!, sig))
      return {
        value: cleanSiteName(withoutBoard(at[1]!.trim(), sig)),
        conf: 0.6,
        detail: '"… at Company" in title',
      };
  }
  // "About Vercel:" / "CAREERS AT NVIDIA" headings name the employer.
  const named = companyFromHeadings(sig.headings);
  if (named && !namesBoard(named, sig))
    return { value: named, conf: 0.5, detail: 'heading naming the company' };
  // The first logo whose alt text names someone other than the board (a board logo comes first).
  for (const logo of sig.images.filter(isLogo)) {
    const alt = squash(logo.getAttribute('alt') ?? '')
      .replace(/\s*logo\s*$/i, '')
      .trim();
    if (alt && alt.length < 50 && nameLike(alt, sig))
      return { value: alt, conf: 0.5, detail: 'logo alt text' };
  }
  if (site && site.length < 60 && !namesBoard(site, sig))
    return { value: site, conf: 0.45, detail: 'og:site_name (shared host)' };
  const segments = [sig.ogTitle, sig.docTitle].flatMap((t) => t.split(SEPARATORS)).map((x) => x.trim());
  // ATS hosts put the employer in the subdomain: nvidia.wd5.myworkdayjobs.com, acme.bamboohr.com.
  const sub = sig.host.split('.')[0] ?? '';
  const generic = /^(?:www|jobs|careers|boards|job-boards|apply|app|api|ats|en|us|eu|uk|wd\d+)$/i;
  if (sig.sharedHost && sig.host.split('.').length > 2 && sub && !generic.test(sub)) {
    // "Kranich Logistik GmbH" in the title spells out "kranich-logistik" properly.
    const subKey = key(sub.replace(/^careers?-|-careers?$/i, ''));
    const spelled = segments.find((x) => subKey.length > 2 && key(x).startsWith(subKey) && x.length < 60);
    if (spelled)
      return { value: cleanSiteName(spelled), conf: 0.5, detail: 'title segment naming the subdomain' };
    const words = sub
      .replace(/^careers?-|-careers?$/i, '')
      .split(/[-_]+/)
      .filter(Boolean);
    const pretty = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    if (pretty) return { value: pretty, conf: 0.35, detail: 'ATS subdomain' };
  }
  // "Title | Brand" / "Title – Brand": the usual brand slot (a plain hyphen is often part of a title).
  const parts = (sig.ogTitle || sig.docTitle).split(/\s+[|–—·•]\s+/);
  const brand = parts.length > 1 ? cleanSiteName(parts.at(-1)!) : '';
  if (
    brand &&
    brand.split(' ').length <= 3 &&
    !isGenericSegment(brand) &&
    !namesBoard(brand, sig) &&
    !/\bjobs?\b|\bcareers?\b/i.test(brand)
  ) {
    return { value: brand, conf: 0.45, detail: 'trailing title segment' };
  }
  if (!sig.sharedHost && sig.domain) {
    return { value: sig.domain[0]!.toUpperCase() + sig.domain.slice(1), conf: 0.4, detail: 'domain name' };
  }
  return null;
}
