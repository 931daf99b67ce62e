/**
 * Role families (root/sub): "Senior Backend Engineer (Go)" and "Software Engineer" are the same kind of
 * job, an iOS engineer and an Android engineer are one field in two specialties. Coarse on purpose:
 * skills do the fine-grained matching.
 */
/** What a school's middle leaders head: a subject, a year group, a key stage ("Head of Maths"). */
const SCHOOL_AREA =
  'department|year|house|faculty|maths?|mathematics|science|english|history|geography|music|art|drama|languages|mfl|pe|computing|ks\\s?\\d|key stage \\d|sixth form';
export const SCHOOL_HEAD = new RegExp(`\\bhead of (?:the )?(?:${SCHOOL_AREA})\\b`, 'i');
const SCHOOL_LEADER = new RegExp(
  `\\b(?:curriculum|subject|key stage \\d|ks\\s?\\d) (?:leader|lead|coordinator)\\b|\\bsecond in (?:the )?(?:${SCHOOL_AREA})\\b`,
  'i',
);

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
  // "Member of Technical Staff" (MTS) is what many companies call their software engineers.
  [
    'swe',
    /\b(software|full[- ]?stack|product|java|python|\.net|go|ruby|node\.?js)\b.*\b(engineer|developer)\b|\b(developer|programmer|swe)\b|\bsoftware engineering (?:intern|co-?op|trainee)|\bmember of (?:the )?technical staff\b|\bmts\b/i,
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
  // "Lead, Acquisition & Retention", "Lifecycle Manager": growth work named for its funnel. "Talent
  // Acquisition" recruits, an "Acquisitions Analyst" buys companies and a "Product Lifecycle Manager"
  // runs manufacturing, so the bare words are not enough.
  [
    'marketing',
    /\b(marketing|seo|sem|content|social media|growth|brand|copywriter|communications)\b|(?<!product )\blifecycle\b|\bcrm (?:marketing|manager|executive|lead)\b|\b(?:user|customer|paid|app)\s+acquisition\b|\bacquisition\s+(?:&|and)\s+retention\b/i,
  ],
  // The segment sold to is a specialty: an enterprise seller is not a mid-market or SMB seller.
  ['sales/enterprise', /\b(enterprise|strategic|major)\s+(account executive|account manager|sales|ae)\b/i],
  [
    'sales/midmarket',
    /\b(mid[- ]?market|commercial)\b.*\b(account executive|sales|ae)\b|\b(account executive|ae)\b.*\bmid[- ]?market\b/i,
  ],
  ['sales/smb', /\b(smb|small business)\b.*\b(account executive|sales|ae)\b/i],
  ['sales', /\b(account executive|sales|business development|account manager|sdr|bdr)\b/i],
  // "Accounts Assistant", "Accounts Semi-Senior": a practice's accounts team; "Key Accounts Manager" sells.
  [
    'finance',
    /\b(accountant|accounting|financ\w*|controller|bookkeeper|auditor|payroll)\b|\baccounts\s+(?:assistant|semi[- ]?senior|senior|junior|clerk|officer|payable|receivable|administrator|technician|trainee)\b/i,
  ],
  // A product writer is a UX writer, and both are content designers by another name.
  ['design', /\b(designer|ux|ui)\b|\bproduct writer\b/i],
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
  // A school's middle leaders by their other names: "Assistant Curriculum Leader", "Second in Maths".
  ['education', SCHOOL_LEADER],
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
  'sales/enterprise|sales/midmarket': 0.6,
  'sales/midmarket|sales/smb': 0.7,
  'sales/enterprise|sales/smb': 0.4,
  'education/primary|education/secondary': 0.5,
};

export function familiesOf(title: string): string[] {
  const out: string[] = [];
  for (const [family, re] of FAMILIES) if (re.test(title)) out.push(family);
  // A title in a specialty ("swe/ios", "education/primary") is not also its bare root.
  return out.filter((f) => f.includes('/') || !out.some((g) => g.startsWith(`${f}/`)));
}

const pairMemo = new Map<string, number>();
export function familyPair(a: string, b: string): number {
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
