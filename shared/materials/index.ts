// Tailored materials grounded in the profile: schemas per kind, the claim validator, the
// regenerate-once-then-drop policy, the deterministic (no-model) generator, rendering.
export { type AnswerDraft, answerDraft, type TracedSentence } from './answer-draft.ts';
export { checkDoc, type Failure, withoutFailures } from './check-doc.ts';
export {
  DETERMINISTIC_LABEL,
  DETERMINISTIC_PROVIDER,
  gatherEvidence,
  generateDeterministic,
} from './deterministic/index.ts';
export { type DropNote, type Generate, type Grounded, generateGrounded, groundNow } from './ground.ts';
export {
  type ChosenVersion,
  type CoverLetterHandoff,
  decideHandoff,
  type Handoff,
  type HandoffInput,
  inVersionOrder,
  type ResumeHandoff,
  versionNumber,
} from './handoff.ts';
export { fullName, type Line, letterText, materialTitle, renderLines } from './render.ts';
export * from './schema.ts';
export {
  buildSources,
  bulletId,
  EMPLOYER_ID,
  JOB_ID,
  type MaterialJob,
  POSTING_ID,
  roleId,
  type SourceIndex,
  type SourceItem,
  skillId,
} from './sources.ts';
export { type ClaimScope, checkClaim } from './validate.ts';
