import type { Skill } from '../domain/index.ts';
import { lookupSkill } from '../skills/index.ts';
import { withoutRefusals } from '../text/refusals.ts';
import { BULLET } from './entries.ts';

/**
 * The items of a resume's skills section. "Languages: Go, Python" and "Python (pandas, NumPy)" both
 * count; how well the person knows a thing ("basic SQL", "Kotlin (basic)", "German (fluent)", "Spark
 * (some)") is not a skill of its own, and what they turn down ("I do not want to own backend
 * services") is not a skill at all.
 */
export interface SkillItem {
  name: string;
  proficiency?: Skill['proficiency'];
}

export function skillItems(lines: readonly string[]): SkillItem[] {
  const out: SkillItem[] = [];
  for (const line of lines) {
    const body = withoutRefusals(line.replace(BULLET, '').replace(/^[^:]{2,30}:\s*/, ''));
    for (const sentence of body.split(/\.\s+(?=[A-Z])/))
      for (const piece of splitOutsideParens(sentence)) {
        const inner = /^(.*?)\s*\((.*)\)\s*$/.exec(piece.trim());
        const named = inner ? [inner[1]] : [piece];
        const within = inner ? inner[2].split(PARTS) : [];
        // "Kotlin (basic)": the bracket says how well, for the name before it.
        const said = within.map((w) => proficiencyOf(w.trim())).find(Boolean);
        for (const item of [...named, ...within.filter(namesSkill)]) {
          const raw = item.trim().replace(/\.$/, '');
          const t = withoutProficiency(raw);
          if (!t || t.length > 40 || NOT_A_SKILL.test(t)) continue;
          const proficiency = proficiencyOf(raw) ?? (item === named[0] ? said : undefined);
          out.push(proficiency ? { name: t, proficiency } : { name: t });
        }
      }
  }
  return out;
}

/** Commas split a bracket's items, and a slash between words ("EKS/RDS"), not the one in "A/B". */
const PARTS = /,|\s+\/\s+|(?<=\w\w)\/(?=\w\w)/;

// How well, how long or how much: said beside a skill, never one itself. Only the plainest are taken off
// a name, since "Advanced Life Support", "learning to rank" and "Acadience Reading" are names.
const PROFICIENCY =
  '(?:basics?|some|working knowledge(?: of)?|familiar(?:ity)?(?: with)?|learning|beginner|intermediate|advanced|expert|proficient|fluent|native|conversational|fundamentals|exposure(?: to)?|read-only|reading|as a user|I|we)';
const LEADING = /^(?:basic|some|working knowledge of|familiar(?:ity)? with|exposure to|conversational)\s+/i;
const TRAILING = /\s+(?:basics|fundamentals)$/i;
const withoutProficiency = (item: string) => item.replace(LEADING, '').replace(TRAILING, '').trim();

/** How well, in the profile's words: "basic SQL", "Spark basics", "some Go", "(intermediate)", "(fluent)". */
function proficiencyOf(said: string): Skill['proficiency'] {
  if (LEADING.test(said) || TRAILING.test(said) || /^(?:basics?|some|beginner|learning)$/i.test(said))
    return 'beginner';
  if (/^intermediate$/i.test(said)) return 'intermediate';
  if (/^(?:advanced|proficient|fluent)$/i.test(said)) return 'advanced';
  if (/^(?:expert|native)$/i.test(said)) return 'expert';
  return undefined;
}

/** Levels, years and counts: "A2", "7 yrs", "2024", "8-21", "+", "internship level". */
const NOT_A_SKILL = new RegExp(
  String.raw`^(?:${PROFICIENCY}|[ABC][12]|[\d\s.,+%–-]*(?:yrs?|years?|months?)?|[\w-]+ level|[+\-–\s\d%]+)$`,
  'i',
);

/**
 * An item in brackets names a skill when the skills list knows it or it is written as a name (a
 * capital or a digit: "EKS", "Vertex AI", "3DS2"); a plain lower-case word there says how or where
 * ("daily", "batch", "legacy", "serving code").
 */
const namesSkill = (item: string) => {
  const t = item.trim();
  return !!t && (lookupSkill(t) !== null || /[A-Z0-9]/.test(t));
};

/** "AWS (EKS, RDS), Go" -> ["AWS (EKS, RDS)", "Go"]: commas inside brackets do not split. */
function splitOutsideParens(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,;|•·]/.test(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}
