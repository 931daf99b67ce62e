import { type ClassifiedField, type FillPlan, questionOf } from '../../../shared/autofill/index.ts';
import type { ApprovedAnswer } from './protocol.ts';

/** What the last preview showed for one field: the run may write it only if nothing changed. */
interface Previewed {
  ref: string;
  type: string;
  value: string;
}

/**
 * What the last preview showed, by element (refs shift when the page changes): the fields it
 * promised to fill and the questions it offered to draft. A run writes only what the person saw.
 */
export class PreviewMemory {
  /** The fields the last preview promised to fill. */
  private previewed = new WeakMap<Element, Previewed>();
  /** The questions the last preview offered an answer for (to draft, or a suggestion to accept). */
  private draftable = new WeakMap<Element, { ref: string; label: string }>();

  static of(fields: ClassifiedField[], plan: FillPlan): PreviewMemory {
    const memory = new PreviewMemory();
    const byRef = new Map(fields.map((f) => [f.field.ref, f.field]));
    for (const step of plan.steps) {
      const el = byRef.get(step.fieldRef)?.elements[0];
      if (el) memory.previewed.set(el, { ref: step.fieldRef, type: step.fieldType, value: step.value });
    }
    for (const note of [...plan.needsYou, ...plan.skipped]) {
      const field = byRef.get(note.fieldRef);
      // A custom question it offered to draft, or a box it was unsure of and offered its answer for.
      if ((note.draftable || note.suggestion) && field?.elements[0])
        // The question as the preview worded it: for a box known by the text beside it, that text.
        memory.draftable.set(field.elements[0], { ref: note.fieldRef, label: questionOf(field) });
    }
    return memory;
  }

  /**
   * Answers approved in the preview, moved to the fields' current refs: only for the very question
   * the preview offered (same element, same wording) and the person approved the answer for. A page
   * that swapped the question gets nothing, even after a fresh preview shows the new wording.
   */
  approvedAnswers(
    fields: ClassifiedField[],
    byPreviewRef: Record<string, ApprovedAnswer> | undefined,
  ): Record<string, string> {
    const out: Record<string, string> = {};
    if (!byPreviewRef) return out;
    for (const { field } of fields) {
      const offered = field.elements[0] && this.draftable.get(field.elements[0]);
      const given = offered ? byPreviewRef[offered.ref] : undefined;
      if (offered && given && offered.label === questionOf(field) && given.question === offered.label)
        out[field.ref] = given.text;
    }
    return out;
  }

  /**
   * Keeps only the steps the person approved: the same element, still asking for the same thing,
   * getting the same value as the preview showed. A page that rewrote a field since gets nothing.
   */
  approvedOnly(
    fields: ClassifiedField[],
    plan: FillPlan,
    refs: string[],
    answers: Record<string, string>,
  ): FillPlan {
    const approved = new Set(refs);
    const byRef = new Map(fields.map((f) => [f.field.ref, f.field]));
    const steps = plan.steps.filter((step) => {
      // An answer the person approved in the preview, for the question it was drafted for.
      if (answers[step.fieldRef]?.trim() === step.value) return true;
      const el = byRef.get(step.fieldRef)?.elements[0];
      const seen = el ? this.previewed.get(el) : undefined;
      return !!seen && approved.has(seen.ref) && seen.type === step.fieldType && seen.value === step.value;
    });
    return { ...plan, steps };
  }

  /** Steps of the fresh plan left out because the preview did not show them as they are now. */
  static withheld(full: FillPlan, kept: FillPlan): Map<string, 'not-written'> {
    const keptRefs = new Set(kept.steps.map((s) => s.fieldRef));
    return new Map(
      full.steps.filter((s) => !keptRefs.has(s.fieldRef)).map((s) => [s.fieldRef, 'not-written']),
    );
  }
}
