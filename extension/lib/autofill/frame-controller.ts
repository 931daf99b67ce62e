import {
  type ClassifiedField,
  classifyForm,
  executePlan,
  type FillPlan,
  planFill,
  type UndoRecord,
  undoFill,
  watchForm,
} from '../../../shared/autofill/index.ts';
import { base64ToBytes } from '../../../shared/domain/base64.ts';
import type { AutofillInput, FieldPreview, FrameResult } from './protocol.ts';

/** Closed shadow roots are reachable from a content script (Chrome 88+; Firefox has its own). */
const chromeDom = (chrome as unknown as { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } })
  .dom;
const getShadowRoot = (el: Element): ShadowRoot | null => {
  // Chrome's API takes HTML elements only and throws on others (SVG icons inside widgets).
  if (chromeDom && el instanceof HTMLElement) {
    try {
      return chromeDom.openOrClosedShadowRoot(el);
    } catch {
      return el.shadowRoot;
    }
  }
  return (
    (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot
  );
};

const HIGHLIGHT = '2px solid #d97706';

function toFile(resume: AutofillInput['resume']): File | undefined {
  if (!resume?.base64) return undefined;
  const bytes = base64ToBytes(resume.base64);
  return new File([bytes], resume.name, { type: resume.type });
}

/**
 * The autofill state of one frame: scan, plan, fill, undo. Fields are scanned fresh for every
 * action (multi-step forms change under us); the undo record of the last fill is kept here.
 */
export class FrameAutofill {
  private undo: UndoRecord[] = [];
  private highlighted: { el: HTMLElement; outline: string }[] = [];
  private watcher: { destroy(): void } | null = null;
  /** Controls seen by a scan; a step of a multi-step form shows controls not seen before. */
  private seen = new WeakSet<Element>();
  private lastInput: AutofillInput | null = null;
  private busy = false;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => {
      this.clearHighlights();
      this.watcher?.destroy();
    });
  }

  private scan(input: AutofillInput): { fields: ClassifiedField[]; plan: FillPlan } {
    const fields = classifyForm(document, { url: location.href, getShadowRoot });
    // Hidden controls (later steps of a multi-step form) count as seen only once shown.
    for (const f of fields) if (!f.field.hidden) for (const el of f.field.elements) this.seen.add(el);
    const plan = planFill(fields, input.profile, input.savedAnswers, {
      overwrite: input.overwrite,
      jobCountry: input.jobCountry,
      files: input.resume ? { resume: { name: input.resume.name } } : {},
    });
    return { fields, plan };
  }

  preview(input: AutofillInput): FrameResult {
    const { fields, plan } = this.scan(input);
    return this.describe(fields, plan, []);
  }

  async run(input: AutofillInput): Promise<FrameResult> {
    this.lastInput = input;
    this.busy = true;
    const { fields, plan } = this.scan(input);
    const report = await executePlan(
      plan,
      fields.map((f) => f.field),
      { files: { resume: toFile(input.resume) }, getShadowRoot, signal: this.signal, stepDelayMs: 20 },
    );
    this.busy = false;
    this.undo = [...this.undo, ...report.undo];
    this.highlight(fields, plan);
    this.followSteps();
    const problems = report.results
      .filter((r) => r.status !== 'filled' && r.status !== 'skipped')
      .map(
        (r) =>
          `${fields.find((f) => f.field.ref === r.fieldRef)?.field.signals.label || r.fieldRef}: ${r.detail}`,
      );
    const result = this.describe(fields, plan, problems);
    result.summary = {
      ...result.summary,
      filled: report.summary.filled,
      failed: report.summary.failed,
      refused: report.summary.refused,
    };
    result.summary.text = `${report.summary.filled} filled, ${plan.summary.needYou} need you${
      report.summary.failed + report.summary.refused
        ? `, ${report.summary.failed + report.summary.refused} did not stick`
        : ''
    }`;
    return result;
  }

  undoLast(): { restored: number; needsCheck: number } {
    const { restored, needsCheck } = undoFill(this.undo);
    this.undo = [];
    this.lastInput = null;
    this.watcher?.destroy();
    this.watcher = null;
    this.clearHighlights();
    // Dropdown choices cannot always be put back: outline them for the user to check.
    for (const el of needsCheck) {
      if (!(el instanceof HTMLElement)) continue;
      this.highlighted.push({ el, outline: el.style.outline });
      el.style.outline = HIGHLIGHT;
    }
    return { restored, needsCheck: needsCheck.length };
  }

  /**
   * Multi-step forms (Workday) swap steps in place. Once the user has asked for a fill, a step that
   * brings new controls is filled too, with the same answers; values already there are left alone.
   * Undo stops it.
   */
  private followSteps(): void {
    this.watcher ??= watchForm(
      document.body,
      () => {
        if (!this.lastInput || this.busy) return;
        const fields = classifyForm(document, { url: location.href, getShadowRoot });
        if (fields.some((f) => f.field.elements.some((el) => !this.seen.has(el))))
          void this.run(this.lastInput);
      },
      { signal: this.signal, quietMs: 300 },
    );
  }

  /** Required questions we could not answer get an outline so the user sees them. */
  private highlight(fields: ClassifiedField[], plan: FillPlan): void {
    this.clearHighlights();
    const byRef = new Map(fields.map((f) => [f.field.ref, f.field]));
    for (const note of plan.needsYou) {
      const el = byRef.get(note.fieldRef)?.elements[0];
      if (el instanceof HTMLElement) {
        this.highlighted.push({ el, outline: el.style.outline });
        el.style.outline = HIGHLIGHT;
      }
    }
  }

  private clearHighlights(): void {
    for (const { el, outline } of this.highlighted) el.style.outline = outline;
    this.highlighted = [];
  }

  private describe(fields: ClassifiedField[], plan: FillPlan, problems: string[]): FrameResult {
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
        confidence: step?.confidence ?? classification.confidence,
        status: step ? 'fill' : needs.has(field.ref) ? 'needs-you' : 'skip',
      });
    }
    return {
      url: location.href,
      fields: list,
      summary: { ...plan.summary, failed: 0, refused: 0 },
      problems,
    };
  }
}
