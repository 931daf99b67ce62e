import { type FieldKind, TYPED_KINDS } from '../types.ts';
import { NEARBY_WEIGHT, type SignalTexts } from './question.ts';

/**
 * The confidence of a type read from one indirect sign alone: under the planner's fill floor, so the
 * field shows as "needs you" with the answer it would have been.
 *
 * Indirect signs are the input's type (`type=email`), its placeholder, and text printed near a box that
 * has no label of its own. Measured at first contact (`npm run bench:autofill-first-contact`: 52
 * development forms sets, 9,253 fields, each classified by the code of the commit that added it, before
 * any tuning on it): fills in boxes that take typed text that rested on one such sign were wrong one time
 * in four or five (43 wrong beside 147 right), the rest one time in forty (102 beside 4,024). They are the
 * referee's email box, the employer's phone in a history block, the "Name" of the person who referred
 * you. A name attribute alone was right 22 times in 23 and still fills. A wrong fill is worse than a
 * question left to the person, and the preview offers the answer with one click (FieldNote.suggestion,
 * or all of them at once); two different texts that agree (a placeholder and a name attribute,
 * `type=email` and an "Email" caption) still fill.
 */
export const ONE_INDIRECT_SIGN = 0.55;

const INDIRECT_SIGNALS = new Set(['input-type', 'placeholder']);

/**
 * Whether the winning type rests on one indirect sign alone (see ONE_INDIRECT_SIGN), in a box that takes
 * typed text: there the preview offers the answer instead. A choice or an upload is left as it was.
 */
export function oneIndirectSign(
  kind: FieldKind,
  winner: { signs?: number; evidence?: { signal: string } },
  texts: Pick<SignalTexts, 'labelWeight'>,
): boolean {
  if (!TYPED_KINDS.includes(kind) || winner.signs !== 1 || !winner.evidence) return false;
  const { signal } = winner.evidence;
  return INDIRECT_SIGNALS.has(signal) || (signal === 'label' && texts.labelWeight <= NEARBY_WEIGHT);
}
