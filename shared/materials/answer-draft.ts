// A drafted answer to one custom question, as the autofill preview shows it: the text to review, each
// sentence with the profile items it rests on (in the person's words), and what was left out and why.
import type { DropNote } from './ground.ts';
import type { AnswersDoc } from './schema.ts';
import type { SourceIndex } from './sources.ts';

export interface TracedSentence {
  text: string;
  /** The labels of the items the sentence cites ("Led a team of 5 engineers…", "Python"). */
  restsOn: string[];
}

export interface AnswerDraft {
  question: string;
  /** The draft, for the person to edit; empty when nothing in the profile answers the question. */
  text: string;
  sentences: TracedSentence[];
  notes: DropNote[];
  /** How it was made ("Assembled from your profile without a model", "Written by …"). */
  label: string;
  /** Set when the chosen provider failed and the deterministic path answered instead. */
  fallback: { code: string; message: string } | null;
}

/** The draft for `question` from an answers document that passed the grounding checks. */
export function answerDraft(
  doc: AnswersDoc,
  question: string,
  index: SourceIndex,
  made: { notes: DropNote[]; label: string; fallback: AnswerDraft['fallback'] },
): AnswerDraft {
  // The model may echo the question reworded; there is one question per draft, so take its answer.
  const answer = doc.answers.find((a) => a.question === question) ?? doc.answers[0];
  const sentences = (answer?.sentences ?? []).map((c) => ({
    text: c.text,
    restsOn: c.sources.map((id) => index.items.get(id)?.label ?? id),
  }));
  return {
    question,
    text: sentences.map((s) => s.text).join(' '),
    sentences,
    notes: made.notes,
    label: made.label,
    fallback: made.fallback,
  };
}
