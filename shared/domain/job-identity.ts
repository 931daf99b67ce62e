/**
 * The key that finds the same job across boards (company, title and city, normalized). It is the
 * domain's: the job merge and capture both use it, and the domain imports nothing from capture.
 */

const TITLE_NOISE =
  /\b(?:sr|jr|ii|iii|iv|m\/w\/d|m\/f\/d|w\/m\/d|f\/m|h\/f|f\/h|all genders?|remote|hybrid)\b/g;
const COMPANY_NOISE =
  /\b(?:inc|llc|ltd|limited|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company|pty|the|group|technologies|labs?)\b/g;

function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bsenior\b/g, 'sr')
    .replace(/\bjunior\b/g, 'jr')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** company|title|city, normalized; seniority words kept so "Senior" and "Staff" reqs stay apart. */
export function fuzzyKey(company: string, title: string, location = ''): string {
  // "S.A.", "L.L.C.": drop the dots first so the legal suffix is recognised.
  const c = norm(
    company.replace(/\b([A-Za-z])\.(?=[A-Za-z]\.)/g, '$1').replace(/\b([A-Za-z]{1,3})\.(?=\s|$)/g, '$1'),
  )
    .replace(COMPANY_NOISE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const t = norm(title.replace(/\(.*?\)/g, ' '))
    .replace(TITLE_NOISE, (w) => (w === 'sr' || w === 'jr' ? w : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  // The city alone: boards disagree on how much follows it ("Berlin" vs "Berlin, Germany").
  const firstPlace = (location.split(/;|\||\/\/| or /)[0] ?? '').split(',')[0] ?? '';
  const l = norm(firstPlace.replace(/\b(?:remote|hybrid|on-?site)\b/gi, ' '))
    .split(' ')
    .slice(0, 2)
    .join(' ');
  return `${c}|${t}|${l}`;
}
