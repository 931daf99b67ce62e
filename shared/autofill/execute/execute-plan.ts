import type { FillPlan, FillStep } from '../plan/plan-fill.ts';
import type { ShadowRootGetter } from '../scan/dom.ts';
import { fillSummaryText } from '../summary.ts';
import type { FieldDescriptor } from '../types.ts';
import { fillCombobox } from './combobox.ts';
import { sleep } from './events.ts';
import { attachFile, type DataTransferFactory } from './file.ts';
import { checkInput, selectIndex, setText } from './set-value.ts';
import {
  recordChecked,
  recordCombobox,
  recordFiles,
  recordSelect,
  recordValue,
  type UndoRecord,
} from './undo.ts';

export type StepStatus = 'filled' | 'failed' | 'refused' | 'skipped';

export interface StepResult {
  fieldRef: string;
  status: StepStatus;
  detail: string;
}

export interface ExecuteOptions {
  /** The files the plan's 'file' steps refer to. */
  files?: { resume?: File; coverLetter?: File };
  /** Pause between steps: pages validate and re-render after each change (Bitwarden uses 20 ms). */
  stepDelayMs?: number;
  comboboxTimeoutMs?: number;
  getShadowRoot?: ShadowRootGetter;
  createDataTransfer?: DataTransferFactory;
  /** Stop between steps when the user cancels. */
  signal?: AbortSignal;
  /**
   * Asked again right before each write (the page may hide a field after the preview, or once the
   * first value lands): why a person can no longer see the field, or null. Then it is not written.
   */
  seenByPeople?: (field: FieldDescriptor) => string | null;
}

export interface ExecutionReport {
  results: StepResult[];
  /** Pass to undoFill() to restore every previous value. */
  undo: UndoRecord[];
  summary: { filled: number; failed: number; refused: number; text: string };
}

async function runStep(
  step: FillStep,
  field: FieldDescriptor,
  options: ExecuteOptions,
  undo: UndoRecord[],
): Promise<StepResult> {
  const el = field.elements[0];
  const result = (status: StepStatus, detail: string): StepResult => ({
    fieldRef: step.fieldRef,
    status,
    detail,
  });
  if (!el?.isConnected) return result('skipped', 'the field left the page (re-scan)');
  const hidden = options.seenByPeople?.(field);
  if (hidden) return result('skipped', `not written: the field is now ${hidden}`);
  switch (step.action) {
    case 'set': {
      undo.push(recordValue(el));
      return setText(el, step.value)
        ? result('filled', `wrote "${step.value.slice(0, 40)}"`)
        : result('failed', 'the page changed the value back');
    }
    case 'select': {
      undo.push(recordSelect(el));
      return selectIndex(el, step.optionIndex ?? -1)
        ? result('filled', `chose "${step.value}"`)
        : result('failed', 'option not selectable');
    }
    case 'check': {
      const option = field.options[step.optionIndex ?? -1]?.element;
      if (!option) return result('failed', 'option missing');
      undo.push(recordChecked(field.elements));
      return checkInput(option, true)
        ? result('filled', `ticked "${step.value}"`)
        : result('failed', 'the page refused the tick');
    }
    case 'combobox': {
      undo.push(recordCombobox(el));
      const r = await fillCombobox(el, step.answer, {
        timeoutMs: options.comboboxTimeoutMs,
        getShadowRoot: options.getShadowRoot,
      });
      return result(r.ok ? 'filled' : 'failed', r.detail);
    }
    case 'file': {
      const file = step.answer.kind === 'file' ? options.files?.[step.answer.file] : undefined;
      if (!file) return result('skipped', 'no file given');
      undo.push(recordFiles(el));
      const r = await attachFile(el, file, options.createDataTransfer);
      return result(r.ok ? 'filled' : 'refused', r.detail);
    }
  }
}

/**
 * Runs a plan one step at a time on the live page. Never submits: it only writes values,
 * ticks choices and picks dropdown options; buttons that would submit are never pressed.
 */
export async function executePlan(
  plan: FillPlan,
  fields: readonly FieldDescriptor[],
  options: ExecuteOptions = {},
): Promise<ExecutionReport> {
  const byRef = new Map(fields.map((f) => [f.ref, f]));
  const results: StepResult[] = [];
  const undo: UndoRecord[] = [];
  for (const step of plan.steps) {
    if (options.signal?.aborted) break;
    const field = byRef.get(step.fieldRef);
    if (!field) {
      results.push({ fieldRef: step.fieldRef, status: 'skipped', detail: 'unknown field' });
      continue;
    }
    try {
      results.push(await runStep(step, field, options, undo));
    } catch (error) {
      results.push({ fieldRef: step.fieldRef, status: 'failed', detail: (error as Error).message });
    }
    if (options.stepDelayMs ?? 20) await sleep(options.stepDelayMs ?? 20);
  }
  const count = (s: StepStatus) => results.filter((r) => r.status === s).length;
  const filled = count('filled');
  const failed = count('failed');
  const refused = count('refused');
  const text = fillSummaryText(
    { filled, needYou: plan.needsYou.length, didNotStick: failed + refused },
    'done',
  );
  return { results, undo, summary: { filled, failed, refused, text } };
}
