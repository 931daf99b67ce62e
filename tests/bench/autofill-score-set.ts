/**
 * Scores one folder of labelled forms (labels.json, format in ../shared/corpus/README.md) for the
 * autofill bench: each form is classified and planned, each labelled field judged, and the per-form
 * lines, the per-type table and the set's accuracy printed through `log`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { classifyForm } from '../../shared/autofill/classify/classify-form.ts';
import { CONFIDENCE_FLOOR, planFill } from '../../shared/autofill/plan/plan-fill.ts';
import { SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS } from '../../shared/autofill/plan/sample-profile.ts';
import type { ClassifiedField, FieldType } from '../../shared/autofill/types.ts';

interface LabelledField {
  selector: string;
  type: FieldType;
  alt_types?: FieldType[];
  label: string;
}
interface LabelledForm {
  file: string;
  fields: LabelledField[];
}

export interface SetResult {
  forms: number;
  fields: number;
  accuracy: number;
  wrong_type_fills: number;
  /**
   * Fields the person need not touch: the right type written (at or above the floor, not skipped), or
   * rightly left alone. Below `accuracy` by the right types the planner leaves as "needs you".
   */
  filled_right: number;
  baseline_empty_accuracy: number;
  ms_per_form_median: number;
}

export interface ScoreOptions {
  /** The blind split stays blind: its misses are not printed (tuning on them would spoil it). */
  blind: boolean;
  /** Print every field, right or wrong (--verbose). */
  verbose: boolean;
  /** Print what the classifier saw for each miss (--why). */
  why: boolean;
  useAdapters: boolean;
  log: (line: string) => void;
}

/** Timed runs per form; the median is kept. */
export const RUNS = 11;

/** The files the planner may attach, as a profile with a resume would offer them. */
export const PLAN_FILES = { files: { resume: { name: 'resume.pdf' } } };

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (!sorted.length) return 0;
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
}

/** A selector the DOM shim cannot parse counts as "not found", never as a crash of the whole run. */
function find(document: Document, selector: string): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}

export function scoreFormSet(
  dir: string,
  { blind, verbose, why, useAdapters, log }: ScoreOptions,
): SetResult {
  const forms = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelledForm[];
  const perType = new Map<string, { right: number; total: number }>();
  const timings: number[] = [];
  let fields = 0;
  let right = 0;
  let wrongFills = 0;
  let filledRight = 0;
  /** The "leave it empty" baseline: right only where the answer is to leave the field alone. */
  let emptyRight = 0;

  for (const form of forms) {
    const html = readFileSync(join(dir, form.file), 'utf8');
    const { document } = parseHTML(html);
    // Median of a few runs: the machine is shared, single runs are noisy.
    const runs: number[] = [];
    let classified: ClassifiedField[] = [];
    let summary = '';
    /** Fields the planner leaves alone whatever the profile holds (hidden, bot traps, disabled). */
    let neverWritten = new Set<string>();
    try {
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        classified = classifyForm(document, { useAdapters });
        const planned = planFill(classified, SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS, PLAN_FILES);
        summary = planned.summary.text;
        neverWritten = new Set(planned.skipped.map((s) => s.fieldRef));
        runs.push(performance.now() - started);
      }
    } catch (error) {
      // a crash scores the form's fields as "other" instead of ending the run
      summary = `crashed: ${(error as Error).message}`;
      classified = [];
    }
    const ms = median(runs);
    timings.push(ms);
    const byElement = new Map<Element, ClassifiedField>();
    for (const c of classified) for (const el of c.field.elements) byElement.set(el, c);
    let formRight = 0;
    for (const labelled of form.fields) {
      fields++;
      const el = find(document, labelled.selector);
      const found = el ? byElement.get(el) : undefined;
      const predicted: FieldType = found?.classification.type ?? 'other';
      const accepted = [labelled.type, ...(labelled.alt_types ?? [])];
      const ok = accepted.includes(predicted);
      const written =
        predicted !== 'other' &&
        (found?.classification.confidence ?? 0) >= CONFIDENCE_FLOOR &&
        !neverWritten.has(found!.field.ref);
      if (ok && (written || accepted.includes('other'))) filledRight++;
      const stat = perType.get(labelled.type) ?? { right: 0, total: 0 };
      stat.total++;
      if (ok) {
        stat.right++;
        right++;
        formRight++;
      } else if (written) wrongFills++;
      if (accepted.includes('other')) emptyRight++;
      perType.set(labelled.type, stat);
      if ((!ok && !blind) || verbose)
        log(
          `  ${ok ? 'ok  ' : 'MISS'} ${form.file} ${labelled.selector.slice(0, 50)} want ${accepted.join('/')} got ${predicted}` +
            (found ? ` (${found.classification.reason})` : el ? ' (not scanned)' : ' (selector not found)') +
            (found && !ok && why
              ? `\n      saw: ${JSON.stringify({ ...found.field.signals, nearby: found.field.signals.nearby.slice(0, 140), options: found.field.options.slice(0, 4).map((o) => o.text) })}`
              : ''),
        );
    }
    log(
      `${form.file}: ${formRight}/${form.fields.length} right; ${classified.length} fields scanned, ` +
        `${ms.toFixed(1)} ms classify+plan (${(html.length / 1024).toFixed(0)} KB html); plan: ${summary}`,
    );
  }

  const medianMs = median(timings);
  log('\ntype                    right/total');
  for (const [type, st] of [...perType.entries()].sort((x, y) => y[1].total - x[1].total))
    log(`${type.padEnd(24)}${String(st.right).padStart(5)}/${st.total}`);
  const accuracy = fields ? right / fields : 0;
  const baseline = fields ? emptyRight / fields : 0;
  log(
    `\naccuracy ${(accuracy * 100).toFixed(1)}% (${right}/${fields}), wrong-type fills ${wrongFills}, filled or left right ${((filledRight / Math.max(1, fields)) * 100).toFixed(1)}%, median ${medianMs.toFixed(1)} ms/form; leave-it-empty baseline ${(baseline * 100).toFixed(1)}%, 0 wrong fills`,
  );
  return {
    forms: forms.length,
    fields,
    accuracy: Number(accuracy.toFixed(4)),
    wrong_type_fills: wrongFills,
    filled_right: Number((filledRight / Math.max(1, fields)).toFixed(4)),
    baseline_empty_accuracy: Number(baseline.toFixed(4)),
    ms_per_form_median: Number(medianMs.toFixed(1)),
  };
}
