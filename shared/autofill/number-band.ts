/**
 * The band of numbers a choice stands for ("1–2 years", "5 years or more", "Less than 1 year",
 * "$70k–$90k", "Plus de 3 ans"): the one reading of such choices, for the classifier (a list of them
 * asks for years) and the planner (which one holds the person's number). Text comes normalized
 * (lower case, accents stripped: classify/text.ts).
 */

export interface NumberBand {
  min: number;
  max: number;
  /** Whether the ends themselves belong to the band ("more than 3" leaves 3 out). */
  minIncluded: boolean;
  maxIncluded: boolean;
}

/** "less than", in the languages the rules read ("moins d'un an": d' stands before a vowel). */
export const LESS_THAN =
  "less than|fewer than|under|below|menos de|moins de|moins d'|weniger als|unter|meno di|mindre an|mindre enn|mindre end|minder dan";
const MORE_THAN =
  'more than|greater than|over|above|plus de|mehr als|uber|mas de|piu di|mer an|mer enn|mere end|meer dan';
const AT_LEAST = 'at least|minimum|min\\.?|mindestens|au moins|al menos|almeno';
const UP_TO = 'up to|bis zu|jusqu.a|hasta';
/** "One" as choices spell it ("less than a year", "moins d'un an", "weniger als einem Jahr"). */
export const ONE = 'one|a|an|un|une|uno|una|einem|einer|ett|et|eitt|een';
/** "or more" after a number ("5 years or more", "3 ans et plus"). */
const OR_MORE =
  '\\+|or more|or above|and above|and over|oder mehr|und mehr|ou plus|et plus|o mas|y mas|o piu';

const NUMBER = `[$€£¥]?\\s*(\\d+(?:\\.\\d+)?|\\b(?:${ONE})\\b)\\s*(k\\b)?`;
const RANGE = new RegExp(`${NUMBER}\\s*(?:[a-z$€£]{0,6}\\s*)?(?:-|–|—|to|a|à|bis|al|tot)\\s*${NUMBER}`);
const PLUS = new RegExp(`${NUMBER}[^\\d]{0,12}?(?:${OR_MORE})`);
const MORE = new RegExp(`(?:^|\\b)(?:${MORE_THAN})\\s+${NUMBER}`);
const LEAST = new RegExp(`(?:^|\\b)(?:${AT_LEAST})\\s+${NUMBER}`);
const LESS = new RegExp(`(?:^|\\b)(?:${LESS_THAN})\\s*${NUMBER}`);
const UPTO = new RegExp(`(?:^|\\b)(?:${UP_TO})\\s+${NUMBER}`);
const SINGLE = new RegExp(`^${NUMBER}(?![\\d.])`);

/** A written "one" is 1; "k" is thousands. */
function value(digits: string, k: string | undefined, thousands = false): number {
  const n = /^\d/.test(digits) ? Number(digits) : 1;
  return k || thousands ? n * 1000 : n;
}

const band = (min: number, max: number, minIncluded = true, maxIncluded = true): NumberBand => ({
  min,
  max,
  minIncluded,
  maxIncluded,
});

/** The band a choice stands for, or null when it names no number. */
export function numberBand(normalized: string): NumberBand | null {
  // Thousands separators ("50,000", "50.000", "110'000") are not decimal points.
  const t = normalized.replace(/(\d)[,.'’ ](?=\d{3}\b)/g, '$1').trim();
  const less = t.match(LESS);
  if (less) return band(Number.NEGATIVE_INFINITY, value(less[1]!, less[2]), true, false);
  const upTo = t.match(UPTO);
  if (upTo) return band(Number.NEGATIVE_INFINITY, value(upTo[1]!, upTo[2]));
  const more = t.match(MORE);
  if (more) return band(value(more[1]!, more[2]), Number.POSITIVE_INFINITY, false);
  const least = t.match(LEAST);
  if (least) return band(value(least[1]!, least[2]), Number.POSITIVE_INFINITY);
  const range = t.match(RANGE);
  // "$50-70k": the k of the upper end counts for the lower too.
  if (range) return band(value(range[1]!, range[2], !!range[4] && !range[2]), value(range[3]!, range[4]));
  const plus = t.match(PLUS);
  if (plus) return band(value(plus[1]!, plus[2]), Number.POSITIVE_INFINITY);
  const single = t.match(SINGLE);
  if (single && /^[$€£¥]?\s*\d/.test(t)) {
    const n = value(single[1]!, single[2]);
    return band(n, n);
  }
  return null;
}

/** Whether the number falls in the band the choice stands for. */
export function bandHolds(normalized: string, n: number): boolean {
  const b = numberBand(normalized);
  if (!b) return false;
  const aboveMin = b.minIncluded ? n >= b.min : n > b.min;
  const belowMax = b.maxIncluded ? n <= b.max : n < b.max;
  return aboveMin && belowMax;
}
