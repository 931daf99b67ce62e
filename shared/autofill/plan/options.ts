import { countryCode, simplify } from '../classify/geo.ts';
import { normalize, tokens } from '../classify/text.ts';
import { bandHolds } from '../number-band.ts';
import { isChoicePrompt } from '../prompt-text.ts';
import type { Answer } from './answer.ts';

export function isPlaceholder(text: string): boolean {
  return isChoicePrompt(normalize(text));
}

// (pt) sim / não, (nl) nee, (sv) (da) nej, (no) nei, (pl) tak / nie, (ja) はい / いいえ, (ko) 예 / 네 / 아니요:
// the languages the rules read. (A word's end, not \b: \b knows only ASCII letters.)
const YES_START = /^(yes|y|true|oui|ja|si|sí|sim|tak|affirmative|はい|예|네)(?![\p{L}\p{N}])/u;
const NO_START =
  /^(no|n[o0]?|false|non|nein|nee|nej|nei|nao|nie|negative|いいえ|아니[오요])(?![\p{L}\p{N}])/u;
const NEGATION = /\b(not|don't|dont|do not|won't|will not|cannot|can't|never|no longer|n't)\b/;
const AFFIRM = /\b(i (will|do|am|have|require|need|can)|i'm|yes)\b/;

/** true = the option says yes, false = it says no, null = neither. */
export function polarity(option: string): boolean | null {
  const t = normalize(option).replace(/^[^\p{L}\p{N}]+/u, '');
  if (YES_START.test(t)) return true;
  if (NO_START.test(t)) return false;
  if (NEGATION.test(t)) return false;
  if (AFFIRM.test(t)) return true;
  return null;
}

/**
 * An option that says yes or no and then why or how ("Yes – I am an EU citizen", "Yes, in the future"), not
 * the bare word ("Yes", "Yes / Oui", "No.").
 */
function qualified(option: string): boolean {
  const rest = normalize(option)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(YES_START, '')
    .replace(NO_START, '')
    .replace(/^[\s/|]*(yes|oui|ja|si|sim|no|non|nein|nao)\b/, '');
  return /\p{L}/u.test(rest);
}

/**
 * Two or more options say the same yes or no, each with its own reason ("Yes – I am an EU citizen", "Yes – I hold
 * a residence permit"), and none says it bare: which reason is the person's, the yes/no answer does not tell.
 */
function reasonsDiffer(options: { text: string; value?: string }[], yes: boolean): boolean {
  const same = options.map((o) => o.text || o.value || '').filter((t) => polarity(t) === yes);
  return same.length > 1 && same.every(qualified);
}

/** Demographic wording varies by ATS; map the common variants onto one token. */
function canonical(text: string): string {
  return normalize(text)
    .replace(
      /\b(prefer not|decline|don'?t wish|do not wish|choose not|not to (answer|say|disclose|self.?identify)|rather not|not wish)\b.*$/,
      ' declines ',
    )
    .replace(
      /\b(i am not a protected veteran|not a (protected )?veteran|no military service)\b/,
      ' notveteran ',
    )
    .replace(/\b(no,? i (do not|don'?t) have a disability.*)$/, ' nodisability ')
    .replace(/\b(yes,? i have a disability.*|i have a disability.*)$/, ' hasdisability ')
    .replace(/\b(female|woman|women|weiblich|femme|mujer)\b/, ' female ')
    .replace(/\b(male|man|men|mannlich|homme|hombre)\b/, ' male ');
}

/** Token overlap (Dice) of two short texts after canonicalisation. */
export function textSimilarity(a: string, b: string): number {
  const ca = canonical(a);
  const cb = canonical(b);
  if (!ca || !cb) return 0;
  if (ca === cb) return 1;
  const ta = new Set(tokens(ca));
  const tb = new Set(tokens(cb));
  if (!ta.size || !tb.size) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const dice = (2 * common) / (ta.size + tb.size);
  const contained = (ca.length > 2 && cb.includes(ca)) || (cb.length > 2 && ca.includes(cb)) ? 0.85 : 0;
  return Math.max(dice, contained);
}

const STATE_CODE_BESIDE = (code: string) =>
  new RegExp(`^${code.toLowerCase()} (?=[a-z]{3})|(?<=[a-z]{3}) ${code.toLowerCase()}$`);

export interface OptionPick {
  index: number;
  score: number;
}

/** Chooses the option (by its visible text or value) that carries the answer; -1 when none fits. */
export function pickOption(options: { text: string; value?: string }[], answer: Answer): OptionPick {
  let best: OptionPick = { index: -1, score: 0 };
  if (answer.kind === 'yes-no' && reasonsDiffer(options, answer.yes)) return best;
  const consider = (index: number, score: number) => {
    if (score > best.score) best = { index, score };
  };
  options.forEach((o, i) => {
    if (isPlaceholder(o.text) && !o.value) return;
    const text = o.text || o.value || '';
    switch (answer.kind) {
      case 'yes-no':
        // the shortest option of the right polarity: "Yes" over "Yes, but later"
        if (polarity(text) === answer.yes) consider(i, 1 - Math.min(text.length, 200) / 1000);
        break;
      case 'country':
        if (countryCode(text) === answer.code || (o.value ?? '').toUpperCase() === answer.code)
          consider(i, 1);
        break;
      case 'state': {
        // "TX - Texas", "Texas (TX)": the code beside the name is the same answer.
        const s = simplify(text).replace(STATE_CODE_BESIDE(answer.code), '');
        if (s === simplify(answer.text) || s === answer.code.toLowerCase() || (o.value ?? '') === answer.code)
          consider(i, 1);
        else if (answer.text !== answer.code && s.startsWith(simplify(answer.text))) consider(i, 0.8);
        break;
      }
      case 'number':
        if (bandHolds(normalize(text), answer.value)) consider(i, 1);
        break;
      case 'text':
      case 'choice':
        consider(i, textSimilarity(text, answer.text));
        break;
      default:
        break;
    }
  });
  return best.score >= 0.5 ? best : { index: -1, score: best.score };
}
