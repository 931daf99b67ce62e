import { squash, textOf } from '../dom.ts';
import { arrangementOfLabel } from '../normalize/arrangement.ts';
import { FULL_SHARE, NO_ANSWER, PART_SHARE, PART_WEEK } from '../normalize/arrangement-labelled-answer.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { weeklyHoursOfFact } from '../normalize/employment-hours.ts';
import {
  CLASSIFICATION_LABEL,
  EMPLOYER_LABEL,
  EMPLOYMENT_LABEL,
  FTE_LABEL,
  LOCATION_LABEL,
  SALARY_LABEL,
  SALARY_MAX_LABEL,
  SALARY_MIN_LABEL,
  WORKPLACE_LABEL,
} from '../normalize/lines.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { Salary } from '../types.ts';
import { amongOtherPostings, insideBoardPay } from './other-postings.ts';
import { BOARD_PAY_NAME } from './scan-names.ts';

/**
 * Label → value facts printed beside a posting ("Job type" → "Full time"), from <dl>, table rows,
 * label/value blocks and small headings, in the wordings normalize/lines.ts lists.
 */

const FACT_KEYS: ReadonlyArray<[RegExp, string]> = [
  [EMPLOYMENT_LABEL, 'employment'],
  [FTE_LABEL, 'fte'],
  [CLASSIFICATION_LABEL, 'classification'],
  [LOCATION_LABEL, 'location'],
  [SALARY_LABEL, 'salary'],
  [WORKPLACE_LABEL, 'workplace'],
  [EMPLOYER_LABEL, 'employer'],
  [SALARY_MIN_LABEL, 'salary-min'],
  [SALARY_MAX_LABEL, 'salary-max'],
];

/**
 * "Télétravail | Non", "Home office | Ja": a table row's label asking about remote work. Only as a
 * row's label: in a chip the same words are the value ("Home office possible").
 */
const ROW_ONLY_KEYS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:t[ée]l[ée]travail|teletrabajo|teletrabalho|home ?office|mobiles arbeiten)$/i, 'workplace'],
];

/** "Remote work policy", "Job type:": a label, not a value. */
export function isFactLabel(chip: string): boolean {
  const t = chip.replace(/\s*:$/, '');
  return FACT_KEYS.some(([re]) => re.test(t));
}

/**
 * A chip that prints its label before its value ("remote type Flexible", "Work model: Hybrid"): the
 * value alone, so the label's own words ("remote") are not read as the value. A chip that is only a
 * label gives ''. A one-word label is left alone: "Remote Berlin" is a value that starts with one.
 */
export function chipValue(chip: string): string {
  if (isFactLabel(chip)) return '';
  const asked = chip.match(/^([^:]{2,40}?)\s*:\s*(\S.*)$/);
  if (asked && WORKPLACE_LABEL.test(asked[1]!)) return workplaceAnswer(asked[1]!, asked[2]!);
  // "On-site post: this role cannot be worked from home", "Hybrid: 2 days in the office": a chip that
  // leads with the arrangement itself and then explains it. A yes/no still answers the lead ("Remote
  // job: No"); an explanation that names no arrangement of its own leaves the lead's.
  if (asked && arrangementOfLabel(asked[1]!)) {
    const answer = workplaceAnswer(asked[1]!, asked[2]!);
    return answer === asked[2] && !arrangementOfLabel(answer) ? asked[1]! : answer;
  }
  const words = chip.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    if (isFactLabel(words.slice(0, n).join(' '))) return words.slice(n).join(' ');
  }
  return chip;
}

const NO_ANSWER_FIRST = new RegExp(`^${NO_ANSWER}\\b`, 'i');
const FULL_SHARE_FIRST = new RegExp(`^${FULL_SHARE}`, 'i');
const PART_SHARE_FIRST = new RegExp(`^${PART_SHARE}`, 'i');

/**
 * "Remote job: No", "Télétravail : Non", "Flexible work: Not eligible – branch role", "Telework: N/A": a
 * yes/no answers the label's question and becomes the arrangement it means (a telework or flexible-work
 * "yes" is part of the week at home); so do some days a week and a share of the working time ("up to
 * 100 %" is all of it, "40 %" part of the week); any other value is kept.
 */
export function workplaceAnswer(label: string, value: string): string {
  if (NO_ANSWER_FIRST.test(value)) return 'not remote';
  // "Telework: N/A – field position": remote work does not apply to the job. Only under a label
  // asking about remote work: "Workplace type: N/A" leaves the arrangement unsaid.
  if (/^(?:n\/a|not applicable)\b/i.test(value) && /remote|telework|t[ée]l[ée]travail/i.test(label))
    return 'not remote';
  if (/^(?:yes|oui|ja)\b/i.test(value))
    return /telework|t[ée]l[ée]travail|flexible/i.test(label) ? 'hybrid' : 'remote';
  if (SOME_DAYS_A_WEEK.test(value) || PART_SHARE_FIRST.test(value)) return 'hybrid';
  // "Mobile work: up to 100 %": all of the working time may be spent at home.
  if (FULL_SHARE_FIRST.test(value)) return 'remote';
  return value;
}

/**
 * "Telework: Up to 2 days/wk once probation is done", "Remote work: 1-3 days per week": a count of
 * days short of the whole week answers the label's question with part of the week (hybrid).
 */
const SOME_DAYS_A_WEEK = new RegExp(`^${PART_WEEK}`, 'i');

/**
 * Label → value facts ("time type" → "Full time"): <dt>/<dd>, <th>/<td>, table rows and label/value
 * blocks, bounded to 60 labels. A <dt> needs its <dd>; other labels take their next sibling.
 */
export function readFacts(dts: readonly Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dt of dts.slice(0, 60)) {
    // French typography sets a space before the colon ("Statut :").
    const term = squash(textOf(dt, 80)).replace(/\s*:$/, '');
    if (!term || term.length > 40) continue;
    const hit = FACT_KEYS.find(([re]) => re.test(term)) ?? ROW_ONLY_KEYS.find(([re]) => re.test(term));
    // The text on the label's own line first; else the next element ("<dd>", "<td>"), past a line break.
    const inline = inlineValue(dt, hit?.[1] === 'location');
    let dd = inline ? null : dt.nextElementSibling;
    // (past a line break, or Taleo's colon printed as an element of its own: "<span>Primary Location</span>
    // <span class=inline>:&nbsp;</span><span>United States-Wisconsin-Milwaukee</span>")
    while (dd && (dd.tagName === 'BR' || /^[\s:：–-]+$/.test(dd.textContent ?? '')))
      dd = dd.nextElementSibling;
    if (!inline && (!dd || dd.tagName === 'TH' || (dt.tagName === 'DT' && dd.tagName !== 'DD'))) continue;
    // An employer's cell may hold its address on the lines below the name; a workplace's, what it means ("On site" over
    // "Work must be completed at the physical location. There is no option to work remotely.", Job Bank).
    const valueText = () =>
      inline ||
      (hit?.[1] === 'employer' || hit?.[1] === 'workplace' ? firstLine(dd!) : squash(textOf(dd!, 300)));
    // A class's row may print the class's pay ("Classification: Analyst $6,110.00 - $7,648.00").
    if (!hit || hit[1] === 'classification') {
      if (!out.has(PAY_IN_FACT)) {
        const fact = `${term}: ${valueText()}`;
        // "Indeed's estimate: $35.2K - $41.6K a year" in the board's salary guide: the board's figure.
        // So is the pay of the other postings a "You might also like" card lists.
        const boards =
          BOARD_PAY_NAME.test(term) || (!!dd && (insideBoardPay(dd) || amongOtherPostings(dd, 3)));
        if (!boards && payRangeOf(fact)) out.set(PAY_IN_FACT, fact);
      }
      if (!hit) continue;
    }
    // Several employment facts are one list ("Employment type: Ongoing", "Working hours: Full-time"); others, the first.
    if (out.has(hit[1]) && hit[1] !== 'employment') continue;
    // "<h2>Gehalt</h2><div>55.000 € – 68.000 € ⓘ (the board's estimate)</div>": not the employer's pay.
    if (hit[1] === 'salary' && dd && insideBoardPay(dd)) continue;
    // A pill beside the title that is a type ("Contract" beside "6 months"), with no colon and no label's
    // cell, is its own value: the next pill is not its answer. (Pills in a list of other postings are theirs.)
    const pill =
      hit[1] === 'employment' &&
      !/[:：]\s*$/.test(textOf(dt, 80)) &&
      !/^(?:TH|DT|LABEL)$/.test(dt.tagName) &&
      besideTitle(dt);
    const given = valueText();
    const value =
      pill && !parseEmploymentType(given) && !isFactLabel(given) && parseEmploymentType(term) ? term : given;
    // A table's header row ("Contract | Location | Salary") is labels side by side, not a value; a
    // label's own cell beside it ("<th>Job Type</th><td>Contract</td>") is the value.
    if (
      isFactLabel(value) &&
      !(hit[1] === 'employment' && (pill || dt.tagName === 'TH') && parseEmploymentType(value))
    )
      continue;
    out.set(
      hit[1],
      hit[1] === 'workplace'
        ? workplaceAnswer(term, value)
        : hit[1] === 'employment'
          ? [out.get('employment'), weeklyHoursOfFact(term, value)].filter(Boolean).join(', ')
          : value,
    );
  }
  return out;
}

/** A pill in the posting's header: the page's h1 sits beside its row. */
const besideTitle = (el: Element): boolean => !!el.parentElement?.parentElement?.querySelector(':scope > h1');

const firstLine = (el: Element): string =>
  squash(textOf(el, 300, true), true)
    .split('\n')[0]
    ?.trim() ?? '';

/**
 * "<li><span>Location</span> Bristol</li>": the text after the label, up to the end of its line. A
 * short value only: a bold word opening a paragraph ("<b>Pay</b> is reviewed each spring and …") is
 * running text, not a fact.
 */
function inlineValue(dt: Element, place = false): string {
  let out = '';
  for (let n = dt.nextSibling; n && out.length < 300; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType !== 1) continue;
    else if ((n as Element).tagName === 'BR') {
      // "<strong>Location:</strong> Kitchener, ON<br><strong>Posting closes:</strong> …": the line ends the
      // value; "<span>Location:</span><br><span>Oak Hollow Elementary</span>": or the value is on the next.
      if (out.trim()) break;
      // A value that opens with an element is that element ("<span>Location</span><span>Bristol</span>"),
      // read as the label's next element, so a header row of labels stays labels.
    } else if (out.trim() && INLINE_TAGS.has((n as Element).tagName)) out += n.textContent ?? '';
    else break;
  }
  const value = squash(out);
  if (value.length <= INLINE_VALUE_MAX) return value;
  // "<strong>Working hours:</strong> 0.5 WTE – 17.5 hours per week, worked Monday to Friday …": a
  // label with its colon gives its value first; the sentence after it explains.
  // A place's first sentence, whose commas part an address ("Where: our office at the Old Chapel, Stapleton Road,
  // Easton, Bristol. Hybrid working is possible…", capture152).
  if (!/:\s*$/.test(dt.textContent ?? '')) return '';
  const first = value.split(place ? /[;.](?:\s|$)/ : /[,;.](?:\s|$)/)[0] ?? '';
  return first.length <= (place ? INLINE_VALUE_MAX : FIRST_CLAUSE_MAX) ? first : '';
}
const INLINE_VALUE_MAX = 100;
/** What may carry a value on the label's line; a block, or another label (strong, b), ends it. */
const INLINE_TAGS = new Set(['SPAN', 'A', 'EM', 'I', 'SMALL', 'TIME', 'FONT', 'ABBR']);
const FIRST_CLAUSE_MAX = 60;

/**
 * A fact under another label whose value holds a currency range ("Classification: Analyst $6,110.00 -
 * $7,648.00", "Grade: G7 £38,249 - £45,413"): a board printing the pay of the post's class or grade.
 */
export const PAY_IN_FACT = 'pay-in-fact';

/** A currency range with both bounds that reads as pay (the label goes along: "Sign-on bonus" is not). */
export function payRangeOf(fact: string): Salary | null {
  if (!/\d/.test(fact)) return null;
  const s = parseSalary(fact, { minScore: 4 });
  return s?.currency && s.min != null && s.max != null && s.max > s.min ? s : null;
}
