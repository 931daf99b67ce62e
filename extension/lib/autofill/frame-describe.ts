import { answerFrom, recognisedBecause } from '../../../shared/autofill/explain.ts';
import type { ClassifiedField, FillPlan } from '../../../shared/autofill/index.ts';
import type { FieldPreview, FrameResult } from './protocol.ts';

const sentence = (text: string) => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : '');
const sure = (confidence: number) => ` (${Math.round(confidence * 100)}% sure)`;

/** One frame's fields as the preview (and, with outcomes, the fill report) lists them. Plain data. */
export function describeFields(
  fields: ClassifiedField[],
  plan: FillPlan,
  problems: string[],
  outcomes?: Map<string, NonNullable<FieldPreview['outcome']>>,
): FrameResult {
  const steps = new Map(plan.steps.map((s) => [s.fieldRef, s]));
  const needs = new Map(plan.needsYou.map((n) => [n.fieldRef, n]));
  const skipped = new Map(plan.skipped.map((n) => [n.fieldRef, n]));
  const list: FieldPreview[] = [];
  for (const { field, classification } of fields) {
    const step = steps.get(field.ref);
    const note = needs.get(field.ref) ?? skipped.get(field.ref);
    if (!step && !note) continue;
    list.push({
      ref: field.ref,
      label: step?.label ?? note?.label ?? field.signals.label,
      type: classification.type,
      value: step?.value ?? '',
      reason: step?.reason ?? note?.reason ?? classification.reason,
      why: step
        ? `${recognisedBecause(classification)}: fills ${answerFrom(step.answerSource ?? '')}`.replace(
            /: fills $/,
            '',
          ) + sure(step.confidence)
        : `${recognisedBecause(classification)}. ${sentence(note?.reason ?? '')}`.replace(/\. $/, '') +
          // A note under the fill floor states its sureness in its own words.
          (note?.confidence === undefined ? sure(classification.confidence) : ''),
      confidence: step?.confidence ?? note?.confidence ?? classification.confidence,
      status: step ? 'fill' : needs.has(field.ref) ? 'needs-you' : 'skip',
      ...(!step && note?.draftable ? { draftable: true } : {}),
      ...(!step && note?.suggestion ? { suggestion: note.suggestion } : {}),
      ...(step && outcomes?.has(field.ref) ? { outcome: outcomes.get(field.ref) } : {}),
    });
  }
  return {
    url: location.href,
    fields: list,
    summary: { ...plan.summary, failed: 0, refused: 0 },
    problems,
  };
}
