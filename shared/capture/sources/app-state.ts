/**
 * The posting as the page's own app holds it: ATS and careers sites that render in the browser ship
 * their data in a script (`window.__appData = {…}`, `<script type="application/json">`, Next.js's
 * __NEXT_DATA__) while the visible page is a thin shell. The posting is the object in that data with
 * a title and a long description; its keys are read the way JSON-LD's are (jsonld.ts), so the same
 * normalizers decide. Work is bounded: a few scripts, a few thousand nodes.
 */
import { embeddedText, LIMITS } from '../dom.ts';
import { EMPLOYMENT_LABEL } from '../normalize/lines.ts';
import { parseLocation } from '../normalize/location.ts';
import type { SourceResult } from '../types.ts';
import { fieldsFromPosting, parseJsonLoose } from './jsonld.ts';
import { namedFieldValue } from './state-facts.ts';
import { payOf } from './state-pay.ts';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

const TITLE_KEYS = ['title', 'jobTitle', 'postingTitle', 'job_title'];
const DESCRIPTION_KEYS = [
  'descriptionHtml',
  'jobDescription',
  'description',
  'descriptionPlain',
  'content',
  'body',
];
const COMPANY_KEYS = [
  'companyName',
  'company',
  'organizationName',
  'organization',
  'employerName',
  'employer',
  'hiringOrganization',
  'brandName',
];
const LOCATION_KEYS = [
  'locationName',
  'location',
  'jobLocation',
  'primaryLocation',
  'city',
  'locationText',
  'locationNames',
  'locations',
];
/** Where a remote posting may be worked from, one level down ({remoteConfig: {acceptedRemoteLocationNames}}). */
const REMOTE_PLACES = /^(?:accepted)?remote(?:Location|Country)?(?:Names|s)$|^remoteLocations?$/i;

/** A place list as text: ["United States", "Canada"] → "United States, Canada". */
const placesText = (v: unknown): string =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()).join(', ') : '';

function remotePlaces(posting: Json): string {
  for (const child of [posting, ...Object.values(posting).filter(isObj)])
    for (const [k, v] of Object.entries(child))
      if (REMOTE_PLACES.test(k) && placesText(v)) return placesText(v);
  return '';
}
const TYPE_KEYS = [
  'employmentType',
  'employment_type',
  'timeType',
  'jobType',
  'job_type',
  'commitment',
  'contractType',
  'contract_type',
  'workType',
];
const MAX_NODES = 5_000;

const first = (o: Json, keys: string[]) => keys.map((k) => o[k]).find((v) => v != null && v !== '');
const nameOf = (v: unknown): string =>
  isObj(v) ? str(v.name ?? v.displayName ?? v.title ?? v.label) : str(v);

/** The JSON a script holds: a JSON block, or the object literal of `window.x = {…};`. */
function dataOf(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('[')) return parseJsonLoose(t);
  const open = t.indexOf('{');
  const close = t.lastIndexOf('}');
  if (
    open < 0 ||
    close <= open ||
    !/^\s*(?:window\.|self\.|var |let |const )?[\w$.[\]'"]+\s*=\s*$/.test(t.slice(0, open))
  )
    return null;
  return parseJsonLoose(t.slice(open, close + 1));
}

interface Found {
  posting: Json;
  ancestors: Json[];
}

/**
 * A posting object that carries its pay but not its description (Rippling's __NEXT_DATA__ jobPost:
 * name, workLocations, payRangeDetails; the text is in the page). Read only when it is the one such
 * object in the data: a list of other postings with their pay is not this job's pay.
 */
const postingPay = (node: Json): Json | null =>
  str(first(node, [...TITLE_KEYS, 'name'])) && !isEstimate(node) ? payOf(node) : null;
/** A board's own estimate of the pay (StepStone's salary {type: "FORECAST"}) is not the employer's. */
const isEstimate = (node: Json): boolean =>
  Object.values(node).some((v) => isObj(v) && /forecast|estimate/i.test(str(v.type)));

function findPosting(root: unknown, paid: Json[]): Found | null {
  let seen = 0;
  const stack: Array<{ node: unknown; ancestors: Json[] }> = [{ node: root, ancestors: [] }];
  while (stack.length && seen++ < MAX_NODES) {
    const { node, ancestors } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const child of node.slice(0, 50)) stack.push({ node: child, ancestors });
      continue;
    }
    if (!isObj(node)) continue;
    const title = str(first(node, TITLE_KEYS));
    const description = str(first(node, DESCRIPTION_KEYS));
    if (title.length >= 3 && title.length <= 200 && description.length >= 200)
      return { posting: node, ancestors };
    if (paid.length < 2) {
      const pay = postingPay(node);
      if (pay) paid.push(pay);
    }
    for (const child of Object.values(node)) {
      if (child && typeof child === 'object') stack.push({ node: child, ancestors: [...ancestors, node] });
      // A fetched response kept as a JSON string (SvelteKit's data-sveltekit-fetched `body`).
      else if (typeof child === 'string' && child.length > 200 && /^\s*[{[]/.test(child))
        stack.push({ node: parseJsonLoose(child), ancestors: [...ancestors, node] });
    }
  }
  return null;
}

/**
 * The posting the app state holds, or else (`payOnly`) the pay of its one pay-bearing posting object:
 * a weak reading, taken only where the page itself states no pay (extract.ts merges it last).
 */
export interface AppState {
  posting: SourceResult | null;
  payOnly: SourceResult | null;
}

export function readAppState(ref: Date, blocks: readonly Element[]): AppState {
  let budget = LIMITS.scriptText;
  const paid: Json[] = [];
  for (const el of blocks.slice(0, 40)) {
    const type = el.getAttribute('type') ?? '';
    if (type && !/json|javascript/i.test(type)) continue;
    const text = embeddedText(el);
    if (text.length < 200 || text.length > budget) continue;
    budget -= text.length;
    const found = findPosting(dataOf(text), paid);
    if (!found) continue;
    const { posting, ancestors } = found;
    const company =
      nameOf(first(posting, COMPANY_KEYS)) ||
      ancestors.map((a) => nameOf(first(a, COMPANY_KEYS))).find(Boolean) ||
      '';
    const listed = first(posting, LOCATION_KEYS);
    // "locations": [{"city": "Rotterdam", "country": "NL", "label": "Rotterdam, Netherlands"}]: the first place.
    const place = Array.isArray(listed) && isObj(listed[0]) ? listed[0] : listed;
    const where =
      (isObj(place)
        ? nameOf(place) || [place.city, place.region, place.country].filter(Boolean).join(', ')
        : str(place) || placesText(place)) || remotePlaces(posting);
    const fields = fieldsFromPosting(
      {
        title: first(posting, TITLE_KEYS),
        description: first(posting, DESCRIPTION_KEYS),
        employmentType:
          first(posting, TYPE_KEYS) ?? (namedFieldValue(posting, EMPLOYMENT_LABEL) || undefined),
        ...(company ? { hiringOrganization: company } : {}),
        ...(payOf(posting) ? { baseSalary: payOf(posting) } : {}),
        datePosted: posting.datePosted ?? posting.publishedDate ?? posting.startDate,
      },
      ref,
    );
    if (where && !/^remote$/i.test(where)) fields.locations = [parseLocation(where)];
    const result: SourceResult = {
      fields,
      source: 'adapter',
      confidence: 0.8,
      detail: 'the app state the page ships (script data)',
    };
    return { posting: result, payOnly: null };
  }
  // `paid` holds the pay of each pay-bearing posting object seen (two at most: a list is not this job's).
  const fields = paid.length === 1 ? fieldsFromPosting({ baseSalary: paid[0]! }, ref) : {};
  const payOnly: SourceResult | null = fields.salary
    ? { fields, source: 'heuristic', confidence: 0.5, detail: 'the pay the app state carries (script data)' }
    : null;
  return { posting: null, payOnly };
}
