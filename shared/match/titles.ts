/**
 * Job titles: seniority level and role family, so "Senior Backend Engineer (Go)" compares with
 * "Software Engineer" as the same kind of job, and a junior role reads as a step down for a
 * senior person. Families are coarse on purpose; skills do the fine-grained matching.
 */
export const LEVEL_NAMES = ['intern', 'junior', 'mid-level', 'senior', 'staff/lead', 'principal/director'];

/** What a school's middle leaders head: a subject, a year group, a key stage ("Head of Maths"). */
const SCHOOL_AREA =
  'department|year|house|faculty|maths?|mathematics|science|english|history|geography|music|art|drama|languages|mfl|pe|computing|ks\\s?\\d|key stage \\d|sixth form';
const SCHOOL_HEAD = new RegExp(`\\bhead of (?:the )?(?:${SCHOOL_AREA})\\b`, 'i');

const LEVEL_WORDS: Array<[number, RegExp]> = [
  // Middle leadership: the head of a school subject, year group, ward or unit leads peers, a level
  // above them; "Head of Engineering" runs a function and stays at director level.
  [4, SCHOOL_HEAD],
  [4, /\bhead of (?:the )?(?:ward|unit|section|shift)\b/i],
  [5, /\b(principal|director|head of|vp|vice president|chief|c[tefo]o)\b/i],
  [4, /\b(staff|lead|architect|distinguished)\b/i],
  [3, /\b(senior|sr\.?|iii|expert)\b/i],
  [2, /\b(ii|mid[- ]level|intermediate)\b/i],
  [1, /\b(junior|jr\.?|entry[- ]level|graduate|new grad|trainee|apprentice|i)\b/i],
  [0, /\b(intern|internship|co-?op|student)\b/i],
];
const MANAGER = /\b(manager|management|head of|director|supervisor|vp)\b/i;

/** Ladder levels as big employers print them: L3 entry, L4 mid, L5 senior, L6 staff, L7 principal. */
const LADDER = /\b(?:L|IC)([3-7])\b/;

/** The signed step from the nearest level the person would take to the posting's (0: one of theirs). */
export function levelStep(jobLevel: number, aimLevels: readonly number[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const l of aimLevels) if (Math.abs(jobLevel - l) < Math.abs(best)) best = jobLevel - l;
  return Number.isFinite(best) ? best : 0;
}

export function levelWord(title: string): number | null {
  const ladder = LADDER.exec(title);
  if (ladder) return Number(ladder[1]) - 2;
  for (const [level, re] of LEVEL_WORDS) if (re.test(title)) return level;
  return null;
}

const levelFromYears = (years: number) => (years < 2 ? 1 : years < 5 ? 2 : years < 9 ? 3 : 4);

/** Level a posting asks for: its title's words, else its years ("0-2 years" = junior, "8+" = staff). */
export function seniorityOf(
  title: string,
  minYears: number | null,
  maxYears: number | null,
  text = '',
): number {
  const word = levelWord(title);
  if (word !== null) return word;
  if (maxYears !== null && maxYears <= 2) return 1;
  if (/\bentry[- ]level\b/i.test(text)) return 1;
  if (minYears !== null) return Math.min(4, levelFromYears(minYears + 1));
  return 2;
}

/** Level a person works at: their latest title's words, nudged up by years. */
export function personLevel(latestTitle: string | undefined, years: number): number {
  const fromYears = levelFromYears(years);
  const word = latestTitle ? levelWord(latestTitle) : null;
  if (word === null) return fromYears;
  return fromYears >= word + 2 ? word + 1 : word;
}

export const isManagerTitle = (title: string) =>
  MANAGER.test(title) &&
  !/\b(account|product|project|program|case|marketing|digital marketing)\s+manager\b/i.test(title);

// Role families: root/sub. Patterns are tried in order; a title may be in several families.
const FAMILIES: Array<[string, RegExp]> = [
  ['swe/backend', /\b(back[- ]?end|server|api|payments? engineer|platform engineer)\b/i],
  ['swe/frontend', /\b(front[- ]?end|ui engineer|web developer)\b/i],
  // One platform is its own specialty: an iOS engineer is not an Android engineer. "Mobile" and
  // cross-platform kits (Flutter, React Native) sit between the two.
  [
    'swe/ios',
    /\b(ios|swift(?:ui)?|apple platforms?)\b.*\b(engineer|developer)\b|\b(engineer|developer)\b.*\b(ios|apple platforms?)\b/i,
  ],
  ['swe/android', /\b(android|kotlin)\b.*\b(engineer|developer)\b/i],
  ['swe/mobile', /\b(mobile|flutter|react native|cross[- ]platform)\b.*\b(engineer|developer)\b/i],
  ['swe/infra', /\b(site reliability|sre|devops|infrastructure|cloud engineer|platform)\b/i],
  ['swe/embedded', /\b(embedded|firmware)\b/i],
  [
    'swe',
    /\b(software|full[- ]?stack|java|python|\.net|go|ruby|node\.?js)\b.*\b(engineer|developer)\b|\b(developer|programmer|swe)\b|\bsoftware engineering (?:intern|co-?op|trainee)/i,
  ],
  ['data/eng', /\b(data engineer|analytics engineer|etl developer)\b/i],
  [
    'data/science',
    /\b(data scien\w*|machine learning|ml engineer|ai engineer|quantitative researcher|research scientist|applied scientist)\b/i,
  ],
  ['data/analysis', /\b(analyst|analytics|business intelligence|bi developer)\b/i],
  ['health/nursing', /\b(nurse|nursing|rn)\b/i],
  [
    'health/clinical',
    /\b(medical assistant|clinical|physician|therapist|pharmac\w+|technician|caregiver|patient)\b/i,
  ],
  ['marketing', /\b(marketing|seo|sem|content|social media|growth|brand|copywriter|communications)\b/i],
  ['sales', /\b(account executive|sales|business development|account manager|sdr|bdr)\b/i],
  ['finance', /\b(accountant|accounting|financ\w*|controller|bookkeeper|auditor|payroll)\b/i],
  ['design', /\b(designer|ux|ui)\b/i],
  ['product', /\b(product manager|product owner|program manager|project manager)\b/i],
  // The age taught is a specialty of its own: a secondary maths teacher is not a primary teacher.
  [
    'education/primary',
    /\b(primary|elementary|early years|kindergarten|reception|ks ?[12]|key stage [12])\b.*\b(teacher|educator)\b/i,
  ],
  [
    'education/secondary',
    /\b(secondary|high school|middle school|sixth form|gcse|a-?level|ks ?[345]|key stage [345])\b.*\b(teacher|educator)\b|\b(teacher) of (maths|mathematics|english|science|physics|chemistry|biology|history|geography)\b/i,
  ],
  ['education/secondary', SCHOOL_HEAD],
  ['education', /\b(teacher|tutor|instructor|professor|educator)\b/i],
  ['operations', /\b(warehouse|logistics|forklift|driver|operations associate|fulfillment)\b/i],
];
// Roots that share work: an analyst moving to data science is a stretch, not a new career.
const RELATED_ROOTS: Record<string, number> = {
  'data|swe': 0.35,
  'health|data': 0.1,
  'marketing|sales': 0.3,
  'marketing|data': 0.2,
  'product|swe': 0.2,
  'design|swe': 0.2,
  'finance|data': 0.2,
};
const RELATED_SUBS: Record<string, number> = {
  'data/analysis|data/science': 0.7,
  'data/eng|data/science': 0.5,
  'data/analysis|data/eng': 0.5,
  'data/eng|swe/backend': 0.6,
  'data/eng|swe': 0.55,
  'data/science|swe': 0.4,
  'data/science|swe/backend': 0.35,
  'health/clinical|health/nursing': 0.5,
  'swe/ios|swe/mobile': 0.7,
  'swe/android|swe/mobile': 0.7,
  'swe/android|swe/ios': 0.45,
  'education/primary|education/secondary': 0.5,
};

export function familiesOf(title: string): string[] {
  const out: string[] = [];
  for (const [family, re] of FAMILIES) if (re.test(title)) out.push(family);
  // A title in a specialty ("swe/ios", "education/primary") is not also its bare root.
  return out.filter((f) => f.includes('/') || !out.some((g) => g.startsWith(`${f}/`)));
}

const pairMemo = new Map<string, number>();
function familyPair(a: string, b: string): number {
  const memoKey = `${a}|${b}`;
  const known = pairMemo.get(memoKey);
  if (known !== undefined) return known;
  const v = familyPairUncached(a, b);
  pairMemo.set(memoKey, v);
  return v;
}

function familyPairUncached(a: string, b: string): number {
  if (a === b) return 1;
  const [ra] = a.split('/');
  const [rb] = b.split('/');
  const key = [a, b].sort().join('|');
  if (RELATED_SUBS[key] !== undefined) return RELATED_SUBS[key];
  if (ra === rb) return a === ra || b === rb ? 0.85 : 0.6;
  return RELATED_ROOTS[[ra, rb].sort().join('|')] ?? 0;
}

const STOP = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'staff',
  'lead',
  'principal',
  'i',
  'ii',
  'iii',
  'iv',
  // Level words say how senior, not what the job is: the level is weighed on its own.
  'intern',
  'internship',
  'co-op',
  'trainee',
  'graduate',
  'grad',
  'new',
  'entry',
  'mid',
  'the',
  'of',
  'and',
  'for',
  'to',
  'a',
  'in',
  'at',
  'with',
]);
const SYNONYM: Record<string, string> = {
  developer: 'engineer',
  programmer: 'engineer',
  dev: 'engineer',
  swe: 'engineer',
  backend: 'back-end',
  frontend: 'front-end',
  rn: 'nurse',
};

export function titleTokens(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .split(/[^a-z0-9+#.-]+/)
    .map((t) => SYNONYM[t] ?? t)
    .filter((t) => t && !STOP.has(t));
}

export interface TitleInfo {
  tokens: string[];
  families: string[];
}

export const titleInfo = (title: string): TitleInfo => ({
  tokens: titleTokens(title),
  families: familiesOf(title),
});

/** 0..1: how much two titles name the same job. */
export function titleSimilarity(a: TitleInfo, b: TitleInfo): number {
  let fam = 0;
  for (const fa of a.families) for (const fb of b.families) fam = Math.max(fam, familyPair(fa, fb));
  let shared = 0;
  for (const t of a.tokens) if (b.tokens.includes(t)) shared++;
  const dice = a.tokens.length + b.tokens.length ? (2 * shared) / (a.tokens.length + b.tokens.length) : 0;
  const headBonus = a.tokens.length && a.tokens.at(-1) === b.tokens.at(-1) ? 0.2 : 0;
  const tokenSim = Math.min(1, dice + headBonus);
  if (!a.families.length || !b.families.length) return tokenSim;
  return 0.6 * fam + 0.4 * tokenSim;
}
