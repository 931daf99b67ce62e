import type { Salary } from '../types.ts';
import { findMoney } from './salary.ts';

/**
 * The posted band said to cover more than this job: every route, level, grade or site ("The posted
 * range covers every regional route we run", "The sidebar shows the band for our whole Coordinator
 * level", "This range spans all three levels"). The band is then not this job's pay where the text
 * gives this job's own figure.
 */
const WIDER_BAND =
  /\b(?:range|band|scale)\b[^.\n]{0,60}?\b(?:covers?|spans?|for|across)\s+(?:every|each|all(?:\s+(?:of\s+)?(?:our|the|\w+))?|(?:our|the)\s+(?:whole|entire))\s+(?:[\p{L}\d-]+\s+){0,2}?(?:routes?|levels?|roles?|positions?|grades?|locations?|sites?|shifts?|teams?|openings?|stores?)\b/iu;

/** This job's own figure named right before it ("This role is being offered at", "The position pays"). */
const ROLE_FIGURE =
  /\b(?:this|the)\s+(?:role|position|job|opening|post|vacancy)\s+(?:is\s+(?:being\s+)?offered\s+at|pays|is\s+paid(?:\s+at)?|comes\s+with\s+a\s+(?:salary|rate)\s+of)\s*$/i;

/** A subject paying the figure ("Route 14 pays", "The night shift pays"): group 1 is its name. */
const NAMED_PAYS = /(?:^|[.;:!?\n]\s*)(?:the\s+)?((?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]+)\s+pays\s*$/iu;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/** A bare "$" is read as US dollars; on a page whose pay is in another dollar it is that dollar. */
const sameCurrency = (figure: string | null, text: string, band: string | null | undefined) =>
  !figure || figure === band || (/^\s*\$/.test(text) && !!band && /D$/.test(band));

/**
 * This job's own single figure over a band the posting says covers more than the job ("Route 14
 * pays $31.50 hourly … The posted range covers every regional route we run"; "The sidebar shows the
 * band for our whole Coordinator level. This role is being offered at $76,000"): a posted band that
 * spans other routes or a whole level loses to the figure the page gives for this role. The figure
 * must lie inside the band, in its currency and period; the subject that pays it must be this role
 * or one the title names ("Regional Driver (Route 14)").
 */
export function roleFigureOverWiderBand(s: Salary, posting: string, title = ''): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const text = posting.slice(0, 60_000);
  if (!WIDER_BAND.test(text)) return s;
  const figure = findMoney(text).find((m) => {
    if (m.min == null || m.min !== m.max || m.min < s.min! || m.min > s.max!) return false;
    if (!sameCurrency(m.currency, m.text, s.currency) || (m.period && s.period && m.period !== s.period))
      return false;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (ROLE_FIGURE.test(before)) return true;
    const named = NAMED_PAYS.exec(before)?.[1];
    return !!named && /\d/.test(named) && ` ${words(title)} `.includes(` ${words(named)} `);
  });
  return figure ? { ...s, min: figure.min, max: figure.min, text: figure.text } : s;
}

/** A range given for this job by name right before it ("For this role:", "The range for this position is"). */
const ROLE_RANGE =
  /\b(?:for|in)\s+this\s+(?:role|position|job|opening|post|vacancy)\s*[:,]?\s*(?:it(?:['’]s|\s+is)\s+|we\s+(?:pay|offer)\s+)?$|\b(?:range|band|salary|pay)\s+for\s+this\s+(?:role|position|job|opening|post|vacancy)\s+is\s*$|\bthis\s+(?:role|position|job)['’]s\s+(?:range|band|salary)\s+is\s*$/i;

/**
 * This job's own range inside a wider band a tag or structured data gives ("Salary: 45K to 60K €"
 * beside "For this role: 50–55 k€ gross annual fixed salary"): the board or the data carry the band
 * the employer posts for the job family; the text names this role's range, which lies inside it, in
 * its currency and period.
 */
export function roleRangeInsideBand(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const text = posting.slice(0, 60_000);
  const range = findMoney(text).find((m) => {
    if (m.min == null || m.max == null || m.min >= m.max || m.min < s.min! || m.max > s.max!) return false;
    if (m.min === s.min && m.max === s.max) return false;
    if (!sameCurrency(m.currency, m.text, s.currency) || (m.period && s.period && m.period !== s.period))
      return false;
    return ROLE_RANGE.test(text.slice(Math.max(0, m.index - 60), m.index));
  });
  return range ? { ...s, min: range.min, max: range.max, text: range.text } : s;
}
