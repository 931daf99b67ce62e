import type { FieldType } from '../types.ts';
import type { Answer } from './answer.ts';

export type FillAction = 'set' | 'select' | 'check' | 'combobox' | 'file';

export interface FillStep {
  action: FillAction;
  fieldRef: string;
  fieldType: FieldType;
  label: string;
  /** What will be written or chosen, as the preview shows it. */
  value: string;
  answer: Answer;
  /** For select / check: the index in the field's options. */
  optionIndex?: number;
  reason: string;
  /** Where the value comes from, as the planner found it ("profile: first name", "saved answer …"). */
  answerSource?: string;
  confidence: number;
}

export interface FieldNote {
  fieldRef: string;
  fieldType: FieldType;
  label: string;
  reason: string;
  /** A free-text custom question with no saved answer: the person may have an answer drafted. */
  draftable?: boolean;
  /**
   * Under the fill floor, in a box that takes typed text: the answer it would have been, offered in the
   * preview for the person to accept (it fills only then, as an answer they approved).
   */
  suggestion?: string;
  /** Under the fill floor: how sure the plan was. The reason already says it in words. */
  confidence?: number;
}

export interface FillPlan {
  steps: FillStep[];
  /** Required questions the plan could not answer: highlighted, never guessed. */
  needsYou: FieldNote[];
  skipped: FieldNote[];
  summary: { filled: number; needYou: number; skipped: number; text: string };
}

export interface PlanOptions {
  /** Replace values already present (off by default). */
  overwrite?: boolean;
  /** ISO alpha-2 of the job's country, for "are you authorized to work here?" questions. */
  jobCountry?: string;
  /** The documents the caller can attach (names only; the executor gets the File objects). */
  files?: { resume?: ChosenDocument & { name: string }; coverLetter?: ChosenDocument & { name: string } };
  coverLetterText?: string;
  /** Why the cover-letter text is this one (a version chosen for the job). */
  coverLetterChoice?: ChosenDocument;
  /** Answers the person wrote or approved in the preview, by field ref: they fill those fields. */
  approvedAnswers?: Record<string, string>;
  similarityThreshold?: number;
  today?: Date;
}

/** Where a document comes from, as the preview says it ("your tailored resume, version 2, …"). */
export interface ChosenDocument {
  source?: string;
  /** 0..1; 1 when absent. */
  confidence?: number;
}
