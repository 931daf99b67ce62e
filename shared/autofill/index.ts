/**
 * Autofill core. Pure TypeScript over a DOM passed in; runs in a content script, so it
 * imports only types from shared/domain (no zod at run time).
 *
 *   const fields = classifyForm(document, { url: location.href, getShadowRoot });
 *   const plan = planFill(fields, profile, savedAnswers, { files: { resume: { name } } });
 *   const report = await executePlan(plan, fields.map((f) => f.field), { files: { resume: file } });
 *   undoFill(report.undo);
 */
export { findAdapter, listAdapters } from './adapters/registry.ts';
export { classifyField } from './classify/classify.ts';
export { type ClassifyFormOptions, classifyForm } from './classify/classify-form.ts';
export { RULES, RULES_VERSION } from './classify/rules.ts';
export { fillCombobox } from './execute/combobox.ts';
export {
  type ExecuteOptions,
  type ExecutionReport,
  executePlan,
  type StepResult,
} from './execute/execute-plan.ts';
export { attachFile } from './execute/file.ts';
export { setText } from './execute/set-value.ts';
export { type UndoRecord, undoFill } from './execute/undo.ts';
export type { Answer } from './plan/answer.ts';
export { pickOption, polarity } from './plan/options.ts';
export {
  type ChosenDocument,
  type FieldNote,
  type FillPlan,
  type FillStep,
  type PlanOptions,
  planFill,
  questionOf,
} from './plan/plan-fill.ts';
export { findSavedAnswer, questionSimilarity } from './plan/saved-answers.ts';
export type { ShadowRootGetter } from './scan/dom.ts';
export { type ScanOptions, scanForm } from './scan/scan-form.ts';
export { type FormWatcher, watchForm } from './scan/watch.ts';
export * from './types.ts';
