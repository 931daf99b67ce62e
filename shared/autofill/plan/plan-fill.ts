import type { Profile, SavedAnswer } from '../../domain/index.ts';
import { typeInWords } from '../explain.ts';
import { fillSummaryText } from '../summary.ts';
import {
  type ClassifiedField,
  EEO_TYPES,
  type FieldDescriptor,
  type FieldType,
  TYPED_KINDS,
} from '../types.ts';
import { type Answer, answerText } from './answer.ts';
import { questionOf, stepFor } from './fill-step.ts';
import type { FieldNote, FillPlan, FillStep, PlanOptions } from './plan-types.ts';
import { answerFromProfile } from './profile-answers.ts';
import { findSavedAnswer, SIMILARITY_THRESHOLD } from './saved-answers.ts';

/** Controls that take a typed answer (a drafted or approved one). */
const FREE_TEXT: readonly FieldDescriptor['kind'][] = ['text', 'textarea'];

/**
 * Fills below this confidence (type × answer) are left to the person, shown as "needs you". Set on
 * forms the classifier had never seen: on twelve forms sets, each classified with the code as it
 * stood before any tuning on them (about 2,100 fields), raising the floor from 0.4 to 0.6 took the
 * wrong-type fills from 30 to 20 and the right fills from 1,131 to 1,104. A wrong fill is worse than
 * a question left for the person.
 */
export const CONFIDENCE_FLOOR = 0.6;

const PERIOD_WORDS: Record<string, string> = {
  YEAR: 'Yearly',
  MONTH: 'Monthly',
  WEEK: 'Weekly',
  DAY: 'Daily',
  HOUR: 'Hourly',
};

function salaryAlternatives(type: FieldType, profile: Profile): Answer[] {
  const s = profile.salaryExpectation;
  if (type !== 'salary_expectation' || !s) return [];
  return [
    { kind: 'choice', text: s.currency },
    { kind: 'choice', text: PERIOD_WORDS[s.period] ?? s.period },
  ];
}

function skipReason(field: FieldDescriptor, overwrite: boolean): string | null {
  if (field.honeypot) return 'looks like a bot trap (hidden, unlabelled): never filled';
  if (field.hidden)
    return field.hiddenReason ? `hidden from view (${field.hiddenReason})` : 'hidden from view';
  if (field.disabled) return 'disabled';
  if (field.readOnly) return 'read-only';
  if (field.currentValue && !overwrite) return `already filled ("${field.currentValue.slice(0, 40)}")`;
  return null;
}

/**
 * A serial fill plan from the profile and the saved-answers bank. Demographic questions
 * only from the user's explicit choices; unknown required questions are listed, not guessed.
 */
export function planFill(
  fields: readonly ClassifiedField[],
  profile: Profile,
  savedAnswers: readonly SavedAnswer[],
  options: PlanOptions = {},
): FillPlan {
  const steps: FillStep[] = [];
  const needsYou: FieldNote[] = [];
  const skipped: FieldNote[] = [];
  for (const { field, classification } of fields) {
    const type = classification.type;
    const note = (reason: string): FieldNote => ({
      fieldRef: field.ref,
      fieldType: type,
      label: questionOf(field),
      reason,
    });
    const skip = skipReason(field, options.overwrite ?? false);
    if (skip) {
      skipped.push(note(skip));
      continue;
    }
    const question = questionOf(field);
    let found: { answer: Answer; source: string; confidence: number } | null = null;
    const approved = TYPED_KINDS.includes(field.kind) ? options.approvedAnswers?.[field.ref]?.trim() : '';
    if (approved) {
      // The person wrote or approved this answer in the preview: it wins over any guess.
      const step = stepFor(field, type, { kind: 'text', text: approved }, 'approved in the preview', 1);
      if (typeof step !== 'string') {
        steps.push({ ...step, answerSource: 'your answer, approved in the preview' });
        continue;
      }
    }
    if (type === 'resume_file' || type === 'cover_letter_file') {
      const file = type === 'resume_file' ? options.files?.resume : options.files?.coverLetter;
      if (file)
        found = {
          answer: { kind: 'file', file: type === 'resume_file' ? 'resume' : 'coverLetter', name: file.name },
          source: file.source ?? (type === 'resume_file' ? 'your resume' : 'your cover letter'),
          confidence: file.confidence ?? 1,
        };
    } else if (type === 'cover_letter_text' && options.coverLetterText?.trim()) {
      found = {
        answer: { kind: 'text', text: options.coverLetterText.trim() },
        source: options.coverLetterChoice?.source ?? 'your cover letter',
        confidence: options.coverLetterChoice?.confidence ?? 1,
      };
    } else if (type !== 'other') {
      const p = answerFromProfile(type, profile, {
        question,
        jobCountry: options.jobCountry,
        today: options.today,
      });
      if (p) found = { ...p, confidence: p.confidence ?? 1 };
    }
    // Custom questions (and profile gaps) may have been answered before: reuse by similarity.
    if (!found && !EEO_TYPES.includes(type) && field.kind !== 'file') {
      const saved = findSavedAnswer(
        question,
        savedAnswers,
        options.similarityThreshold ?? SIMILARITY_THRESHOLD,
      );
      if (saved)
        found = {
          answer: { kind: 'choice', text: saved.saved.answer },
          source: `saved answer to "${saved.saved.question.slice(0, 60)}" (${Math.round(saved.similarity * 100)}% alike)`,
          confidence: saved.similarity,
        };
    }
    if (!found) {
      const why = EEO_TYPES.includes(type)
        ? 'demographic question: answered only from your saved choice'
        : type === 'other'
          ? 'no saved answer for this question'
          : `your profile has no ${type.replace(/_/g, ' ')}`;
      // A free-text question nobody answered yet can get a drafted answer for the person to review.
      const draftable = type === 'other' && FREE_TEXT.includes(field.kind);
      (field.required ? needsYou : skipped).push({ ...note(why), ...(draftable ? { draftable } : {}) });
      continue;
    }
    const reason = `${classification.reason} → ${found.source}`;
    // A custom question ("other") is matched by its saved answer's likeness alone.
    const typeConfidence = type === 'other' ? 1 : classification.confidence;
    const confidence = Number((typeConfidence * found.confidence).toFixed(2));
    // A wrong fill is worse than no fill: below the floor the person answers it.
    if (confidence < CONFIDENCE_FLOOR) {
      const pct = Math.round(confidence * 100);
      // The answer it would have been, so the person can type it in if the question does ask for it.
      const text = answerText(found.answer);
      const yours = text.slice(0, 80);
      // In a box that takes typed text the person can accept it in the preview (FieldNote.suggestion).
      const typed =
        TYPED_KINDS.includes(field.kind) && found.answer.kind !== 'file' && found.answer.kind !== 'yes-no';
      const suggestion = typed && text ? { suggestion: text } : {};
      (field.required ? needsYou : skipped).push({
        ...note(
          `not sure it asks for ${typeInWords(type)} (${pct}% sure): check it yourself${yours ? ` (yours: "${yours}")` : ''}`,
        ),
        ...suggestion,
        confidence,
      });
      continue;
    }
    let step = stepFor(field, type, found.answer, reason, confidence);
    // A salary select may ask for the currency or the period rather than the amount.
    for (const alt of typeof step === 'string' ? salaryAlternatives(type, profile) : []) {
      const retry = stepFor(field, type, alt, reason, confidence);
      if (typeof retry !== 'string') {
        step = retry;
        break;
      }
    }
    if (typeof step === 'string') (field.required ? needsYou : skipped).push(note(step));
    else steps.push({ ...step, answerSource: found.source });
  }
  const summary = {
    filled: steps.length,
    needYou: needsYou.length,
    skipped: skipped.length,
    text: fillSummaryText({ filled: steps.length, needYou: needsYou.length }, 'planned'),
  };
  return { steps, needsYou, skipped, summary };
}

export { questionOf } from './fill-step.ts';
export type { ChosenDocument, FieldNote, FillAction, FillPlan, FillStep, PlanOptions } from './plan-types.ts';
