/**
 * Industry of a posting from its company and opening paragraphs, and of a person's stated
 * industries. Keyword families, not a classifier: a miss leaves the factor neutral.
 */
const INDUSTRIES: Array<[string, RegExp]> = [
  [
    'fintech',
    /\b(fintech|payments?|banking app|neobank|lending|accounting automation|bookkeeping software|budgeting app|savings app|financial technology)\b/i,
  ],
  [
    'banking & finance',
    /\b(bank|banking|hedge fund|asset management|investment|capital markets|trading|insurer|insurance)\b/i,
  ],
  [
    'healthcare',
    /\b(hospital|health ?care|clinic|clinical|patients?|medical|physiotherapy|nursing|pharma\w*|biotech|cancer)\b/i,
  ],
  [
    'e-commerce & retail',
    /\b(e-?commerce|retail(?:er)?|direct-to-consumer|dtc|online store|apparel|brand selling|marketplace|shop(?:ping)?)\b/i,
  ],
  ['logistics', /\b(logistics|freight|shipping|supply chain|fulfillment|warehouse|delivery)\b/i],
  ['education', /\b(education|edtech|schools?|students|learning|university|teaching)\b/i],
  [
    'energy & climate',
    /\b(energy|grid|solar|battery|batteries|climate|decarboni\w+|utilities|power meters?)\b/i,
  ],
  ['media & entertainment', /\b(streaming|media|sports|entertainment|gaming|games|music|publishing)\b/i],
  [
    'saas & software',
    /\b(saas|b2b software|software company|platform for|workflow software|developer tools)\b/i,
  ],
  ['travel & hospitality', /\b(travel|hotel|hospitality|restaurants?|airline|tourism)\b/i],
  ['transport', /\b(rail|train services|transit|aviation|automotive|mobility)\b/i],
  ['government & public sector', /\b(government|public sector|federal|municipal|nhs)\b/i],
  ['real estate & construction', /\b(real estate|property|construction|architecture)\b/i],
  ['manufacturing & hardware', /\b(manufactur\w+|hardware|devices|industrial|factory)\b/i],
  ['nonprofit', /\b(non-?profit|charity|ngo|foundation)\b/i],
];

const GLOBAL = INDUSTRIES.map(([name, re]) => [name, new RegExp(re.source, 'gi')] as const);

/** Industries named in a text, most mentioned first (at most two). */
export function industriesIn(text: string): string[] {
  const hits: Array<[string, number]> = [];
  for (const [name, re] of GLOBAL) {
    re.lastIndex = 0;
    const n = text.match(re)?.length ?? 0;
    if (n) hits.push([name, n]);
  }
  return hits
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([name]) => name);
}

/** A person's stated industry ("Fintech", "Hospitals") -> our family name; unknown ones kept lower-cased. */
export function normalizeIndustry(name: string): string {
  for (const [family, re] of INDUSTRIES) if (family === name.toLowerCase() || re.test(name)) return family;
  return name.trim().toLowerCase();
}
