import { logoName, squash, textOf } from '../dom.ts';
import { looksLikePlace } from '../normalize/location.ts';
import { headingUnderTitle, linkedNameBesidePlace, nameLike } from './company-under-title.ts';
import { isBoardBrand, isJobSiteName, key, type PageSignals, SEPARATORS } from './page.ts';
import { employerIntroduced } from './self-introduction.ts';
import { cleanSiteName, isGenericSegment, namesBoard, withoutBoard } from './site-name.ts';
import { type Picked, SITE_BRAND, titleFromMeta } from './title-company.ts';

/**
 * The employer for pages without structured data: a title segment naming the domain, og:site_name,
 * an element named like the company, "… at X", "About X" headings, the logo's alt text, a title
 * segment spelling out the ATS subdomain, the subdomain or the domain. A board's own brand is
 * never the employer.
 */

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

/** "… at Brookmere Tax Services": a title that names its employer after "at". */
const AT_EMPLOYER = /\s+at\s+\p{Lu}[^|–—]{1,60}$/u;

/** `placeFact`: the place a location fact gives, which a subtitle may print after the employer. */
export function pickCompany(sig: PageSignals, placeFact?: string): Picked | null {
  // A title segment that names the employer's own domain ("… | Roblox", "… – Vercel").
  for (const raw of [sig.ogTitle, sig.docTitle]) {
    if (!raw) continue;
    const { title, dropped } = titleFromMeta(raw, sig);
    // ("Seasonal Tax Preparer at Brookmere Tax Services - Remote.co": the title names the employer; the
    // domain's segment is a board's, capture124)
    if (AT_EMPLOYER.test(title)) continue;
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
  // An element named like the employer ("company-name", "advertiser-name"): on a board's page, and on
  // a group's careers site where og:site_name is the group ("Grupo Ipê") and the posting names the
  // company that hires ("Ipê Pagamentos").
  for (const el of sig.companyEls) {
    // "Riverbend Insurance 3.9 ★": boards print the rating beside the name.
    // Greenhouse's classic "<span class=company-name>at Tollgate Software</span>" prints the "at".
    const t = squash(textOf(el, 120))
      .replace(/\s*\d(?:[.,]\d)?\s*(?:★|☆|stars?|\/\s?5)?\s*$/i, '')
      .replace(/^(?:at|@)\s+(?=\S)/i, '')
      // (a link beside the name: remote.co's "Brookmere Tax Services Website")
      .replace(/\s+(?:website|visit (?:the )?website|view (?:company )?profile)$/i, '');
    if (nameLike(t, sig)) return { value: t, conf: 0.65, detail: 'element named like the company' };
  }
  // "Totaljobs" is a board's brand: stripping its "jobs" would leave a made-up employer ("Total").
  const site =
    isJobSiteName(sig.siteName) || isBoardBrand(sig.siteName)
      ? ''
      : cleanSiteName(withoutBoard(sig.siteName, sig));
  if (site && site.length < 60 && !sig.sharedHost) return { value: site, conf: 0.7, detail: 'og:site_name' };
  // A link to the employer's page on the board, named like an employer (survives renamed classes).
  for (const a of sig.companyLinks) {
    const t = squash(textOf(a, 120));
    // An employer's name starts with a capital or a digit ("eBay" too); "underrepresented groups" is prose.
    if (nameLike(t, sig) && /^(?:\p{Lu}|\d|\p{Ll}\p{Lu})/u.test(t))
      return { value: t, conf: 0.55, detail: "link to the employer's page" };
  }
  for (const raw of [sig.docTitle, sig.ogTitle]) {
    const at = raw.match(/\s+(?:at|@)\s+([^|–—]{2,60})$/i);
    // "… at Little Fig Bakery (Temescal)": the bracket after the name says where, not who.
    const name = (at?.[1] ?? '').trim().replace(/\s*\([^()]{2,40}\)$/, '');
    if (at && name && !namesBoard(name, sig))
      return {
        value: cleanSiteName(withoutBoard(name, sig)),
        conf: 0.6,
        detail: '"… at Company" (or "@ Company") in title',
      };
  }
  // "About Vercel:" / "CAREERS AT NVIDIA" headings name the employer.
  const named = companyFromHeadings(sig.headings);
  if (named && !namesBoard(named, sig))
    return { value: named, conf: 0.5, detail: 'heading naming the company' };
  // The first logo whose alt text names someone other than the board (a board logo comes first).
  for (const logo of sig.images.filter(isLogo)) {
    const raw = logoName(logo);
    // "Acme Solutions Careers" names Acme Solutions; "PortJobs" is a job site's brand, not "Port".
    const alt = isJobSiteName(raw) ? '' : cleanSiteName(raw);
    if (alt && alt.length < 50 && nameLike(alt, sig))
      return { value: alt, conf: 0.5, detail: 'logo alt text' };
  }
  const linked = linkedNameBesidePlace(sig, placeFact);
  if (linked) return { value: linked, conf: 0.5, detail: 'linked name before the place under the h1' };
  const introduced = employerIntroduced(sig);
  if (introduced) return introduced;
  const under = headingUnderTitle(sig);
  if (under) return { value: under, conf: 0.45, detail: 'heading right under the h1' };
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
    // (a classifieds site's city, portland.craigslist.org, is where, not who)
    if (pretty && !looksLikePlace(pretty)) return { value: pretty, conf: 0.35, detail: 'ATS subdomain' };
  }
  const brand = trailingBrand(sig);
  if (brand) return { value: brand, conf: 0.45, detail: 'trailing title segment' };
  if (!sig.sharedHost && sig.domain) {
    return { value: sig.domain[0]!.toUpperCase() + sig.domain.slice(1), conf: 0.4, detail: 'domain name' };
  }
  return null;
}

/**
 * "Title | Brand" / "Title – Brand": the usual brand slot (a plain hyphen is often part of a title).
 * og:title often carries the job alone, <title> the job and the brand: the first that has a slot counts.
 */
function trailingBrand(sig: PageSignals): string | null {
  for (const meta of [sig.ogTitle, sig.docTitle]) {
    let parts = meta.split(/\s+[|–—·•]\s+/);
    // "Data Analyst - Canadian Agency for Northern Infrastructure - GC Jobs": a job site closes the title,
    // and the employer stands before it (a plain hyphen counts only then: it is often part of a title).
    const dashed = parts.length < 2 ? meta.split(/\s+-\s+/) : parts;
    const beforeSite = dashed.length >= 3 && SITE_BRAND.test(dashed.at(-1)!);
    if (beforeSite) parts = dashed.slice(0, -1);
    if (parts.length < 2) continue;
    const brand = isJobSiteName(parts.at(-1)!) ? '' : cleanSiteName(parts.at(-1)!);
    const fits =
      brand &&
      // (an employer named before the job site may be a public body's full name)
      brand.split(' ').length <= (beforeSite ? 7 : 3) &&
      !isGenericSegment(brand) &&
      !namesBoard(brand, sig) &&
      !/\bjobs?\b|\bcareers?\b/i.test(brand);
    return fits ? brand : null;
  }
  return null;
}
