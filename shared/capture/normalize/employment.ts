import type { EmploymentType } from '../types.ts';

/**
 * Employment type from a label ("Full time", "FULL_TIME", "Vollzeit", "CDI", "Contract to hire").
 * Only for short labels (a header chip, a JSON-LD value): running prose mentions "full-time
 * employees" in benefit blurbs and must not decide the field.
 */
const RULES: ReadonlyArray<[RegExp, EmploymentType]> = [
  [
    /\bintern(?:ship)?\b|\bco-?op\b|\bpraktikum\b|\bstage\b|\bstagiaire\b|\bwerkstudent|\bapprentice/i,
    'internship',
  ],
  [/\btemp(?:orary)?\b|\bseasonal\b|\bbefristet\b|\bfixed[- ]term\b|\bCDD\b|\binterim\b/i, 'temporary'],
  [
    /\bcontract(?:or)?\b|\bfreelance\b|\bcontract[- ]to[- ]hire\b|\bc2h\b|\b1099\b|\bconsultant\b|\bper diem\b/i,
    'contract',
  ],
  [/\bpart[-_ ]?time\b|\bteilzeit\b|\btemps partiel\b|\bmedia jornada\b/i, 'part_time'],
  [
    /\bfull[-_ ]?time\b|\bvollzeit\b|\btemps plein\b|\bCDI\b|\bpermanent\b|\bjornada completa\b|\bregular\b/i,
    'full_time',
  ],
];

export function parseEmploymentType(label: unknown): EmploymentType | null {
  const values = Array.isArray(label) ? label : [label];
  for (const v of values) {
    if (typeof v !== 'string' || !v.trim()) continue;
    const t = v.slice(0, 200).replace(/_/g, ' ');
    // Full-time first when the label is a list like "FULL_TIME, CONTRACTOR": the first value wins.
    const hits = RULES.filter(([re]) => re.test(t)).map(([re, type]) => ({ type, at: t.search(re) }));
    if (hits.length) return hits.sort((a, b) => a.at - b.at)[0]!.type;
  }
  return null;
}

/** Find an employment-type chip in a short header text ("Remote · Full Time · Engineering"). */
export function employmentTypeInHeader(text: string): EmploymentType | null {
  const t = text.slice(0, 1_500);
  const m = t.match(
    /\b(?:full[- ]?time|part[- ]?time|internship|intern|contract(?:or)?|temporary|freelance|fixed[- ]term|permanent|vollzeit|teilzeit|werkstudent|praktikum|CDI|CDD)\b/i,
  );
  return m ? parseEmploymentType(m[0]) : null;
}

/**
 * The posting stating its own type in a sentence ("This is a full-time, permanent position", "This
 * role is a 6-month contract"). Narrow on purpose: benefit blurbs about "full-time employees" or
 * "part-time options" must not decide the field.
 */
const SELF_STATED =
  /\b(?:this|the)\s+(?:is\s+an?|(?:role|position|job|opportunity)\s+is\s+(?:an?\s+)?)\s*((?:full|part)[- ]time|permanent|temporary|fixed[- ]term|freelance|contract(?:or)?|internship|\d+[- ]month contract)\b[^.\n]{0,30}?\b(?:role|position|job|contract|opportunity|employment|engagement|basis)\b/i;

export function employmentTypeInProse(text: string): EmploymentType | null {
  const m = text.slice(0, 60_000).match(SELF_STATED);
  return m ? parseEmploymentType(m[1]!) : null;
}
