/**
 * One field's step: the question as the page words it, and the action an answer becomes on that
 * kind of control (the option it picks, the part of a date a box takes).
 */
import { datePart, partOfDate } from '../classify/date-part.ts';
import type { FieldDescriptor, FieldType } from '../types.ts';
import { type Answer, answerText } from './answer.ts';
import { pickOption } from './options.ts';
import type { FillStep } from './plan-types.ts';

/** The question as the page words it, for the preview and for matching saved answers. */
export function questionOf(field: FieldDescriptor): string {
  const s = field.signals;
  const label = s.label
    .split(' | ')
    .find((p) => !/^(attach|upload|choose file|select\.*|enter manually)$/i.test(p));
  // "Please check one of the boxes below:" is an instruction; the section heading names the question
  const instruction =
    !!label && /^(please )?(check|select|choose|tick|mark|pick) (one|all|any|the)\b/i.test(label);
  return (
    (instruction && s.heading) ||
    label ||
    s.group ||
    s.nearby.split(' | ')[0] ||
    s.placeholder ||
    s.name ||
    ''
  )
    .replace(/[*✱]\s*$/, '')
    .trim();
}

export function stepFor(
  field: FieldDescriptor,
  type: FieldType,
  answer: Answer,
  reason: string,
  confidence: number,
): FillStep | string {
  const base = { fieldRef: field.ref, fieldType: type, label: questionOf(field), answer, reason };
  switch (field.kind) {
    case 'file':
      return answer.kind === 'file'
        ? { ...base, action: 'file', value: answer.name, confidence }
        : 'not a file answer';
    case 'select':
    case 'radio-group':
    case 'checkbox-group': {
      const pick = pickOption(field.options, answer);
      if (pick.index < 0) return `no option fits "${answerText(answer)}"`;
      const option = field.options[pick.index]!;
      return {
        ...base,
        action: field.kind === 'select' ? 'select' : 'check',
        value: option.text || option.value,
        optionIndex: pick.index,
        confidence: Number((confidence * pick.score).toFixed(2)),
      };
    }
    case 'checkbox':
      if (answer.kind !== 'yes-no') return 'a single checkbox takes only a yes/no answer';
      if (!answer.yes) return 'answer is no: left unchecked';
      return {
        ...base,
        action: 'check',
        value: field.options[0]?.text ?? 'checked',
        optionIndex: 0,
        confidence,
      };
    case 'combobox':
      return { ...base, action: 'combobox', value: answerText(answer), confidence };
    default: {
      // One box of a Month / Day / Year date takes its part of the date, never the whole of it.
      const part = type === 'start_date' ? datePart(field) : null;
      if (!part) return { ...base, action: 'set', value: answerText(answer), confidence };
      const value = partOfDate(answerText(answer), part);
      return value ? { ...base, action: 'set', value, confidence } : `not a date to split into its ${part}`;
    }
  }
}
