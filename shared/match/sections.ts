/**
 * Split a posting into sections by its headings, so a skill under "Nice to have" counts as
 * preferred and "health insurance" under "Benefits" counts as nothing. Headings are found by
 * wording, not markup: plain text is all a captured description is guaranteed to have.
 */
export type SectionKind = 'required' | 'preferred' | 'duties' | 'about' | 'benefits' | 'intro';

export interface Line {
  text: string;
  kind: SectionKind;
  /** Offset of the line in the description (for evidence highlighting). */
  start: number;
}

// Order matters: "Preferred qualifications" is preferred before it is a qualification, and
// "What you'll need" is a requirement before "you'll" makes it a duty.
const APOS = "(?:'|’)?";
const HEADINGS: Array<[SectionKind, RegExp]> = [
  [
    'preferred',
    /\b(nice[- ]to[- ]haves?|bonus(?: points)?|preferred|desired|desirable|pluses|a plus|good to have|extra credit|would be (?:great|nice)|ideally|not required|even better|stand out)\b/i,
  ],
  ['required', /\b(about you|who you are)\b/i],
  [
    'benefits',
    /\b(benefits|perks|what we offer|we offer|compensation|salary|pay range|pay|why (?:join|work)|equal opportunity|eeo|how to apply|location|schedule|hours|shift|job type|start date|ote)\b/i,
  ],
  ['about', /\b(about (?:us|the company|the team|[a-z][\w&]+)|who we are|our (?:mission|story|company))\b/i],
  [
    'required',
    new RegExp(
      `\\b(requirements?|qualifications?|(?:what )?you${APOS}(?:ll| will)? (?:need|bring)|what you have|what we${APOS}(?:re| are) looking for|must[- ]haves?|essential|eligibility|minimum|basic|to be successful|(?:what )?we need to see|you should have|ideal candidate|your profile|your background|what it takes|who we${APOS}re looking for)\\b`,
      'i',
    ),
  ],
  [
    'duties',
    new RegExp(
      `\\b(responsibilit\\w*|what you${APOS}(?:ll| will) do|you will|you${APOS}ll|the role|the job|duties|day[- ]to[- ]day|your impact|in this role|the opportunity|role overview|what you${APOS}ll be doing)\\b`,
      'i',
    ),
  ],
  [
    'required',
    /\b(you have|you bring|you are|skills|experience|education|licen[cs]es?|certifications?|competencies)\b/i,
  ],
];

// Equal-opportunity and accommodation statements sit anywhere and ask nothing of the applicant.
const BOILERPLATE =
  /\b(equal opportunity|without regard to|regardless of|reasonable accommodation|e-verify|we are an equal)\b/i;
const BULLET = /^\s*(?:[-•·▪◦*‣●○■□➢►✓✔]|\d{1,2}[.)])\s*/;

function headingKind(line: string): SectionKind | null {
  const t = line.trim();
  if (!t || t.length > 70 || BULLET.test(line)) return null;
  // "Nice to have: dbt, Looker" is a label with content, handled by inlineLabel.
  if (/:\s*\S/.test(t)) return null;
  const words = t.split(/\s+/).length;
  const colon = /:\s*$/.test(t);
  // A heading is short, and either ends in a colon or has no sentence punctuation.
  if (!colon && (words > 8 || /[.!?;,]$/.test(t))) return null;
  for (const [kind, re] of HEADINGS) {
    const m = re.exec(t);
    // Without a colon, the heading word must open the line: "Strong Linux skills" is a bullet.
    if (m && (colon || t.slice(0, m.index).split(/\s+/).filter(Boolean).length <= 1)) return kind;
  }
  return null;
}

/** "Nice to have: Kafka, dbt" — a label and its content on one line. */
function inlineLabel(line: string): { kind: SectionKind; rest: string } | null {
  const m = /^\s*([^:]{3,40}):\s+(\S.*)$/.exec(line);
  if (!m) return null;
  const kind = headingKind(`${m[1]}:`);
  return kind ? { kind, rest: m[2] } : null;
}

export function splitSections(text: string): Line[] {
  const out: Line[] = [];
  let kind: SectionKind = 'intro';
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    if (!raw.trim()) continue;
    const heading = headingKind(raw);
    if (heading) {
      kind = heading;
      continue;
    }
    const inline = inlineLabel(raw);
    if (inline) {
      out.push({ text: inline.rest, kind: inline.kind, start: start + raw.indexOf(inline.rest) });
      continue;
    }
    const body = raw.replace(BULLET, '').trim();
    if (!body) continue;
    out.push({
      text: body,
      kind: BOILERPLATE.test(body) ? 'benefits' : kind,
      start: start + raw.indexOf(body),
    });
  }
  return out;
}

/**
 * Inside a requirements list, a line saying "a plus" or "preferred" is preferred. "Ideally" and
 * "preferably" qualify only what follows them ("4+ years, ideally in fintech" stays required)
 * unless they open the line.
 */
const PREFERRED_ANYWHERE =
  /\b(a plus|is a plus|are a plus|preferred|nice to have|bonus|desirable|desired|strong plus|advantageous|not required)\b/i;
const PREFERRED_LEAD = /^\W*(?:\w+\W+){0,2}(ideally|preferably|optionally)\b/i;
export const isPreferredLine = (text: string) => PREFERRED_ANYWHERE.test(text) || PREFERRED_LEAD.test(text);

/**
 * Pay, schedule and work-arrangement lines inside a requirements list: conditions read elsewhere
 * (salary, location, remote), not requirements to check against a resume.
 */
export const CONDITIONS_LINE =
  /[£$€]\s?\d|\b(salary|compensation|pay range|base pay|share options|equity|benefits|pto|401\(k\)|per hour|full[- ]time|part[- ]time)\b|\bhybrid\b|\bdays? (?:a|per) week\b|\b(?:fully )?remote (?:within|in|anywhere)\b|\bon-?site (?:in|at)\b/i;

/** Lines of an unstructured posting that read like requirements. */
export const REQUIREMENT_CUE =
  /\b(\d+\+?\s*(?:-|–|to)?\s*\d*\+?\s*years?|experience (?:with|in)|proficien\w+|knowledge of|familiar\w* with|degree|bachelor|master|license|licensure|certif\w+|must have|required|ability to|skills? in)\b/i;
