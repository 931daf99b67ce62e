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
import { fieldHiddenReason } from '../../../shared/autofill/scan/layout.ts';
import { describeFields } from './frame-describe.ts';
import { getShadowRoot, toFile } from './page-dom.ts';
import { PreviewMemory } from './preview-memory.ts';
import type { AutofillInput, FieldPreview, FrameResult } from './protocol.ts';

type FieldOutcome = NonNullable<FieldPreview['outcome']>;

const HIGHLIGHT = '2px solid #d97706';

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
  /** What the last preview showed: a run writes only what it promised. */
  private shown = new PreviewMemory();

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => {
      this.clearHighlights();
      this.watcher?.destroy();
    });
  }

  private scan(input: AutofillInput): {
    fields: ClassifiedField[];
    plan: FillPlan;
    answers: Record<string, string>;
  } {
    const fields = classifyForm(document, {
      url: location.href,
      getShadowRoot,
      seenByPeople: fieldHiddenReason,
    });
    const answers = this.shown.approvedAnswers(fields, input.answers);
    // Hidden controls (later steps of a multi-step form) count as seen only once shown.
    for (const f of fields) if (!f.field.hidden) for (const el of f.field.elements) this.seen.add(el);
    const plan = planFill(fields, input.profile, input.savedAnswers, {
      overwrite: input.overwrite,
      jobCountry: input.jobCountry,
      files: {
        ...(input.resume ? { resume: input.resume } : {}),
        ...(input.coverLetter ? { coverLetter: input.coverLetter.file } : {}),
      },
      coverLetterText: input.coverLetter?.text,
      coverLetterChoice: input.coverLetter ?? undefined,
      approvedAnswers: answers,
    });
    return { fields, plan, answers };
  }

  preview(input: AutofillInput): FrameResult {
    const { fields, plan } = this.scan(input);
    this.shown = PreviewMemory.of(fields, plan);
    return describeFields(fields, plan, []);
  }

  async run(input: AutofillInput & { refs?: string[] }): Promise<FrameResult> {
    this.lastInput = { ...input, refs: undefined } as AutofillInput;
    this.busy = true;
    const scanned = this.scan(input);
    const fields = scanned.fields;
    const plan = input.refs
      ? this.shown.approvedOnly(fields, scanned.plan, input.refs, scanned.answers)
      : scanned.plan;
    const report = await executePlan(
      plan,
      fields.map((f) => f.field),
      {
        files: { resume: toFile(input.resume), coverLetter: toFile(input.coverLetter?.file ?? null) },
        getShadowRoot,
        signal: this.signal,
        stepDelayMs: 20,
        seenByPeople: fieldHiddenReason,
      },
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
    const outcomes = new Map<string, FieldOutcome>(PreviewMemory.withheld(scanned.plan, plan));
    for (const r of report.results)
      outcomes.set(
        r.fieldRef,
        r.status === 'filled' ? 'filled' : r.status === 'skipped' ? 'not-written' : 'did-not-stick',
      );
    const result = describeFields(fields, scanned.plan, problems, outcomes);
    result.summary = {
      ...result.summary,
      filled: report.summary.filled,
      failed: report.summary.failed,
      refused: report.summary.refused,
    };
    result.summary.text = report.summary.text;
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
}
