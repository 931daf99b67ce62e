import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FrameAccess, FrameReport } from '../../../shared/autofill/frames.ts';
import type { FillOutcome, PlannedStatus } from '../../../shared/autofill/row-state.ts';
import type { FieldType } from '../../../shared/autofill/types.ts';
import type { Profile, SavedAnswer } from '../../../shared/domain/index.ts';

/** A document a file input may receive; the bytes travel only for a fill, not for a preview. */
export interface AutofillFile {
  name: string;
  type: string;
  sha256: string;
  base64?: string;
  /** Where it comes from, as the preview says it (a tailored version chosen for the job). */
  source?: string;
  confidence?: number;
}

/** What one frame needs to plan a fill. */
export interface AutofillInput {
  profile: Profile;
  savedAnswers: SavedAnswer[];
  resume: AutofillFile | null;
  /** The cover letter chosen for the job: its text for cover-letter boxes, and as a file. */
  coverLetter?: { text: string; source: string; confidence: number; file: AutofillFile } | null;
  overwrite: boolean;
  jobCountry?: string;
  /** Answers the person approved in the preview (drafted or typed), by field ref. */
  answers?: Record<string, ApprovedAnswer>;
}

/**
 * An answer the person approved, with the question as the preview showed it then: a page that
 * rewrites the question afterwards (and a fresh preview that shows the new wording) gets nothing.
 */
export interface ApprovedAnswer {
  text: string;
  question: string;
}

/** One field as the preview lists it. Plain data: elements stay in the page. */
export interface FieldPreview {
  ref: string;
  label: string;
  type: FieldType;
  /** What will be written, or why nothing will be. */
  value: string;
  /** For developers: the classifier's pattern and the answer's source. */
  reason: string;
  /** For people: why this field, and where the value comes from, in words. */
  why: string;
  confidence: number;
  status: PlannedStatus;
  /** A free-text custom question with no saved answer: the preview offers "Draft an answer". */
  draftable?: boolean;
  /** Under the fill floor: the answer it would have been, which the preview offers to use. */
  suggestion?: string;
  /** After a fill: what happened to this field (a preview leaves it unset). */
  outcome?: FillOutcome;
}

export interface FrameResult {
  url: string;
  fields: FieldPreview[];
  summary: {
    filled: number;
    needYou: number;
    skipped: number;
    failed: number;
    refused: number;
    text: string;
  };
  /** Step failures and refusals (an ATS rejecting the file, an option that did not stick). */
  problems: string[];
}

/** Background → the autofill script in each frame of the active tab. */
export interface AutofillProtocol {
  /** The frame describes itself for the frame policy (shared/autofill/frames.ts). */
  autofillInspect(data: { frameId: number }): FrameReport;
  autofillPreview(input: AutofillInput): FrameResult;
  /** With `refs`: only the fields of this frame's last preview the person approved, unchanged since. */
  autofillRun(input: AutofillInput & { refs?: string[] }): FrameResult;
  autofillUndo(): { restored: number; needsCheck: number };
}

export const autofillMessenger = defineExtensionMessaging<AutofillProtocol>();

/* The side panel, popup and shortcut → the background: autofill in a tab. */

export type AutofillMode = 'preview' | 'run' | 'undo';

export interface AutofillRequest {
  tabId?: number;
  mode: AutofillMode;
  overwrite?: boolean;
  /**
   * What the person approved in the side panel's preview: exactly these fields of these frames.
   * A frame from another site is filled only when listed here.
   */
  approved?: { frameId: number; refs: string[]; answers?: Record<string, ApprovedAnswer> }[];
}

export type FrameOutcome = FrameResult & { frameId: number; access: FrameAccess };

export interface AutofillReport {
  ok: boolean;
  message: string;
  frames: FrameOutcome[];
  /** Frames left alone: hidden from view, or another site's form awaiting approval. */
  withheld: { frameId: number; access: FrameAccess }[];
  summary: { filled: number; needYou: number; failed: number; text: string };
}
