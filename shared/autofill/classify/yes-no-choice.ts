/** A choice control asking a yes/no question: only the yes/no types (sponsorship, EEO…) can be its answer. */
import type { FieldDescriptor } from '../types.ts';
import type { SignalTexts } from './question.ts';
import { RULES } from './rules.ts';

const CHOICE_KINDS = new Set(['select', 'combobox', 'radio-group', 'checkbox-group', 'checkbox']);
/** "Are you…?", "Do you…?": a question answered yes or no, whatever nouns it mentions. */
const YES_NO_QUESTION =
  /^(are|do|does|did|will|would|have|has|is|can|could|should|were|was) (you|your)\b|, (are|do|will|would|have|can|could) you\b[^.?]*\?$/;
const YES_NO_OPTION = /^(yes|no|n[o0]|oui|non|ja|nein|si|true|false)\b/;

/** The types a yes or no can answer (sponsorship, the right to work, EEO…). */
export const YES_NO_TYPES = new Set(RULES.filter((r) => r.yesNo).map((r) => r.type));

/** A choice control asking a yes/no question: only yes/no types (sponsorship, EEO…) can be it. */
export function yesNoChoice(field: FieldDescriptor, texts: SignalTexts): boolean {
  if (!CHOICE_KINDS.has(field.kind)) return false;
  if (YES_NO_QUESTION.test(texts.label)) return true;
  const options = texts.options.split(' | ').filter(Boolean);
  return (
    options.length >= 2 &&
    options.length <= 3 &&
    options.every((o) => YES_NO_OPTION.test(o) || /prefer not|decline/.test(o))
  );
}
