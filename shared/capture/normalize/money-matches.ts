/**
 * Salary parsing across locales: "$130,000 - $160,000 a year", "€60.000", "£45k–£55k", "CA$90K",
 * "up to 80 000 EUR per annum", "$25/hr". All regexes are linear (no nested quantifiers) and run
 * on capped strings.
 */
import { marksActualPay } from './actual-pay-words.ts';
import { DOLLARS } from './currency.ts';
import { endsInMonth, startsWithMonth } from './dates.ts';
import { amountParts } from './money-amount.ts';
import { marksOte } from './ote-words.ts';
import { inferPeriod, periodAfter, periodFits, periodIn } from './salary-period.ts';
import {
  COUNT_AFTER,
  COUNT_LABEL,
  HIRING_RANGE,
  LEADING_ZERO_GROUP,
  MILLION_PAY_CURRENCIES,
  NOT_SALARY,
  ON_TOP_OF_PAY,
  ONE_AMOUNT_RE,
  PAID_IN_KIND,
  type Period,
  PHONE_AFTER,
  PHONE_BEFORE,
  PLUS_ON_TOP,
  programmeStipend,
  RANGE_RE,
  SALARY_CONTEXT,
  STANDARD_BEFORE,
} from './salary-words.ts';
import { withSpelledRanges } from './spelled-range.ts';

/** A time of day written with a dot ("6.00", "14.30"): whole hours or quarters of an hour. */
const CLOCK = /^(?:[01]?\d|2[0-4])\.(?:00|15|30|45)$/;

/** A dollar code right after an amount, bracketed or not. */
/**
 * A bare "$" figure "plus superannuation" is Australian dollars, "plus KiwiSaver" New Zealand's: the
 * pension named after the pay is the country's own.
 */
const PENSION_AFTER: ReadonlyArray<[RegExp, string]> = [
  [/^[^.\n]{0,30}?(?:\bplus|\+)\s*(?:\d{1,2}(?:\.\d)?\s?%\s*)?super(?:annuation)?\b/i, 'AUD'],
  [/^[^.\n]{0,30}?(?:\bplus|\+)\s*(?:\d{1,2}\s?%\s*)?KiwiSaver\b/i, 'NZD'],
];
const DOLLAR_CODE_AFTER = new RegExp(String.raw`^\s?\(?\s?(USD|${[...DOLLARS].join('|')})\b`);

export interface MoneyMatch {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: Period | null;
  text: string;
  /** How salary-like the match looks; callers keep the best. */
  score: number;
  /** Marked as on-target earnings (base plus commission or variable pay), not the base. */
  ote: boolean;
  index: number;
}

/** Every money amount or range in a text, each scored by how salary-like it looks (uncached: see findMoney). */
/** A board's estimate is never the employer's pay, even printed under a "Pay" label. */
const BOARD_ESTIMATE = 20;
const ESTIMATE_WORD = String.raw`(?:est\.|estimated|geschätzt(?:es\s+gehalt)?|estimé|estimado)`;
const BOARD_ESTIMATE_LABEL = new RegExp(
  String.raw`(?:(?:^|\n)\s*${ESTIMATE_WORD}\s*:?|(?<!\p{L})${ESTIMATE_WORD}\s*:)\s*$`,
  'iu',
);

export function readMoney(text: string, payValue: boolean): readonly MoneyMatch[] {
  const s = text.slice(0, 60_000);
  const out: MoneyMatch[] = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(s); m; m = RANGE_RE.exec(s)) {
    if (m[0].length === 0) {
      RANGE_RE.lastIndex++;
      continue;
    }
    // "€45.000 e 25 dias de férias": the second number counts days, so the first amount stands alone.
    if (m[6] != null && COUNT_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 30))) {
      ONE_AMOUNT_RE.lastIndex = m.index;
      const one = ONE_AMOUNT_RE.exec(s);
      if (one) {
        m = one;
        RANGE_RE.lastIndex = m.index + m[0].length;
      }
    }
    const a = amountParts(m, 1);
    const b = m[6] != null ? amountParts(m, 5) : null;
    if (!a) continue;
    const before = s.slice(Math.max(0, m.index - 90), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 50);
    // "$45,000 - $52,000 CAD", "$60,000 – $70,000 (CAD)": the code at the end names both dollars.
    const codeAfter =
      a.bareDollar && (!b || b.bareDollar)
        ? (DOLLAR_CODE_AFTER.exec(after)?.[1] ?? PENSION_AFTER.find(([re]) => re.test(after))?.[1])
        : undefined;
    const currency =
      codeAfter ??
      (a.bareDollar && b?.currency && !b.bareDollar ? b.currency : null) ??
      a.currency ??
      b?.currency ??
      (a.rupees || b?.rupees ? 'INR' : null);
    const stipend = programmeStipend(before, after);
    const hasContext =
      payValue ||
      stipend ||
      SALARY_CONTEXT.test(before) ||
      SALARY_CONTEXT.test(after.slice(0, 20)) ||
      SALARY_CONTEXT.test(m[0]);
    if (!currency && !hasContext) continue;
    // A count's label ("Openings: 3"), or a month before or after days ("including December 26-31",
    // "plus 24 and 31 December" as holidays), is not pay.
    if (!currency && (COUNT_LABEL.test(labelBefore(before)) || endsInMonth(before) || startsWithMonth(after)))
      continue;
    // Years, phone numbers, percentages are not pay; nor are times of day ("between 6:00 and 9:00 a.m."), nor a
    // date's month and day ("Date Posted: 11/18/2025" after "Salary: DOE").
    if (/^\s?%/.test(after) || COUNT_AFTER.test(after) || (!currency && /^\/\d{2,4}\b/.test(after))) continue;
    // A standard's number ("AS 1731 / ISO 23953") is not pay.
    if (!currency && STANDARD_BEFORE.test(before)) continue;
    // A phone number ("(719) 555-0142") is not a bare pay range, whatever pay words sit near it.
    if (!currency && (PHONE_BEFORE.test(before) || PHONE_AFTER.test(after) || LEADING_ZERO_GROUP.test(m[0])))
      continue;
    if (/\d:$/.test(before) || /^(?::\d|\s?[ap]\.?m\b)/i.test(after)) continue;
    // "kl. 6.00–14.00", "6.00-14.30": a shift's clock times, as Nordic and German pages write them.
    if (!currency && b && CLOCK.test(m[2] ?? '') && CLOCK.test(m[6] ?? '')) continue;
    if (!currency && a.value >= 1900 && a.value <= 2100 && !a.hasMult) continue;
    let min = a.value;
    let max: number | null = b ? b.value : null;
    // "15 - 25 LPA", "45-55k", "4,000~5,000만원": the upper bound's multiplier (lakh, k, 만) applies to
    // the lower one too, when the lower number is written in the same units (not above the upper's).
    if (b?.hasMult && !a.hasMult && max != null && b.factor > 1 && min <= max / b.factor) min *= b.factor;
    if (max != null && max < min) [min, max] = [max, min];
    // "31-9091.00 Dental Assistants" (an occupation's code) is no range of pay: no currency, and ends hundreds
    // of times apart, where a pay range's top is a few times its floor at most.
    if (!currency && max != null && min > 0 && max / min > 20) continue;
    // "starts at $21.40 an hour and tops out at $25.85": a pay scale's first and last point, which
    // withSpelledRanges joins into one range.
    const upTo =
      /(?:^|[^\p{L}])(?:up to(?: a maximum of)?|(?:a )?maximum(?: of)?|max\.?|bis zu|maximal|jusqu['’]à|hasta|fino a|até|tot (?:maximaal )?|maximaal|tops? out at|topping out at|maxes out at)\s*$/iu.test(
        before,
      );
    // "a minimum gross salary of EUR 3,250" (Austria's collective-agreement minimum, with room to
    // overpay): the floor, as "from" is. The minimum may be named for the post and its agreement
    // before the figure ("The minimum gross monthly salary for this position under the collective
    // agreement is EUR 3,050"): words, no other figure, in the same sentence.
    const from =
      /(?:^|[^\p{L}])(?:from|starting at|starts at|min(?:imum)?\.?(?:\s+(?:(?:gross|base|monthly|annual)\s+){0,3}(?:salary|pay|wage)(?:[^.;:\n\d]{0,80}?)?\s+(?:of|is|amounts to))?|ab|[àa] partir de|a partire da|da|desde|alkaen|fra|från|vanaf)\s*$/iu.test(
        before,
      );
    let lo: number | null = min;
    let hi: number | null = max;
    if (max == null) {
      if (upTo) [lo, hi] = [null, min];
      // "95k+" is 95k or more; "95k + super", "£500 + VAT" is the figure with something on top.
      else if (from || (/^\s?\+/.test(after) && !PLUS_ON_TOP.test(after))) [lo, hi] = [min, null];
      else hi = min;
    }
    const ref = hi ?? lo ?? 0;
    // The period named after the amount, else before it; one the amount cannot be pay for is not its.
    const fits = (p: Period | null) => (p && periodFits(p, ref, currency) ? p : null);
    const named = fits(periodAfter(after)) ?? fits(periodIn(before.slice(-60), 'before'));
    const period = named ?? inferPeriod(lo, hi);
    let score = 0;
    if (currency) score += 2;
    if (b) score += 2;
    if (hasContext) score += 3;
    if (named) score += 2;
    // A line that opens with the figure and its period ("• $30.66 per hour plus penalty rates …"): a rate stated
    // as a line of the posting's own, as pay is listed under "What we offer" (capture141).
    // (Not a perk listed the same way: "• $75 monthly home internet stipend", "• €120 a month language bonus".)
    const restOfLine = after.slice(0, 120).split(/\n|,?\s+(?:plus|and|with|as well as)\b|;|\.\s/)[0]!;
    if (
      currency &&
      named &&
      /(?:^|\n)\s*(?:[•·*-]\s*)?$/.test(before) &&
      !NOT_SALARY.test(restOfLine) &&
      !ON_TOP_OF_PAY.test(restOfLine)
    )
      score += 1;
    // Only the amount's own line/sentence decides "not pay": "credit papers above S$5 million.
    // Salary: S$9,000" must not sink the salary on the next line, nor a "401(k)" benefit line
    // sink the pay line above it.
    const clause =
      before
        .slice(-50)
        .split(/\n|[.!?;]\s/)
        .pop() ?? '';
    // The words right after the figure describe it, up to a new clause ("€45,000 DOE, plus an annual
    // bonus of up to 10%": the bonus is another thing; so is "Taxable hourly $28 + housing stipend").
    const said = after
      .slice(0, 25)
      .split(/\n|,?\s+(?:plus|and|with|as well as|along with)\b|\s\+\s|;|\.\s/)[0]!;
    if ((NOT_SALARY.test(clause) && !stipend) || NOT_SALARY.test(said) || PAID_IN_KIND.test(restOfLine))
      score -= 6;
    // A grade's full range and the hiring range inside it: offers are made in the hiring range.
    if (b && HIRING_RANGE.test(before.split(/\n|[.!?;]\s/).pop() ?? '')) score += 3;
    if (/^\s?(?:billion|bn|b\b|million|mm\b)/i.test(after)) score -= 6;
    // Base pay is the posting's pay; on-target earnings (base plus commission) come second.
    const ote = marksOte(m[0], before, after, s.slice(Math.max(0, m.index - 280), m.index));
    if (ote) score -= 3;
    // "£34,000 per annum pro rata (actual salary £17,000 …)": the part-time post's actual pay beats
    // its full-time equivalent.
    if (marksActualPay(before, after)) score += 3;
    // "£32K - £38K (Glassdoor Est.)": the board's estimate, not the employer's pay. ("The estimated
    // range for this role is …" before the amount is the employer's own.)
    // StepStone's "46.500 – 53.000 €/Jahr Geschätzt von StepStone" is one too, in any language, and
    // so is "$22 – $27 an hour (estimated)".
    if (
      /^\s*(?:\/\s?\p{L}+|(?:an?|per)\s\p{L}+)?\s*[(·•|,–-]?\s*(?:[A-Z][\w.]+\s+)?(?:est(?:\.|imated?\b)|geschätzt|estim[ée])/iu.test(
        after,
      ) &&
      // A travel agency's own "$2,310 - $2,580/week estimated weekly gross" says what the pay is made of.
      !/^\S*\s*estimated\s+(?:weekly\s+|monthly\s+|annual\s+)?(?:gross|take[- ]home|total)\b/i.test(after)
    )
      score -= BOARD_ESTIMATE;
    // "Estimated: $118K - $146K a year", "Est. $22 - $27": a board's label on its own figure, right
    // before it at the start of a line or with its colon (not "the estimated range for this role is …").
    if (BOARD_ESTIMATE_LABEL.test(before)) score -= BOARD_ESTIMATE;
    // "$40M in revenue", "$2B of assets under management", "$48,000 in commissions" (earnings
    // reported, not pay offered).
    if (
      /^\s?(?:\+\s?)?(?:in|of)?\s?(?:revenue|arr|sales|customers|users|assets|aum|gmv|commissions?|tips)\b/i.test(
        after,
      )
    )
      score -= 6;
    // "performance pay (it averaged $2,400 per teacher last year)": a past payout reported, not pay offered.
    if (/\baveraged\s+(?:about\s+|around\s+)?$/i.test(before)) score -= 4;
    // "a range worth about €38 million a year": goods or revenue, not pay (unless pay wording says so).
    if (ref >= 1_000_000 && !hasContext && !MILLION_PAY_CURRENCIES.has(currency ?? '')) score -= 6;
    if (period === 'YEAR' && ref < 8_000) score -= 4;
    if (period === 'HOUR' && ref > 1_000) score -= 4;
    if (ref < 7) score -= 5;
    // A lone bare number ("8") needs a currency, a range or a named period to count.
    if (!currency && !b && !named) score -= 3;
    out.push({ min: lo, max: hi, currency, period, text: m[0].trim(), score, ote, index: m.index });
  }
  return withSpelledRanges(out, s);
}

/** The words labelling a figure: its own line's, or the line above when the figure opens its line ("Hours per Week\n36"). */
function labelBefore(before: string): string {
  const lines = before.split('\n');
  const own = lines.pop() ?? '';
  return own.trim() ? own : (lines.pop() ?? '');
}
