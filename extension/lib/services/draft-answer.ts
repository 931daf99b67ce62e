// "Draft an answer" in the autofill preview: one custom question answered from the profile and the
// job the page belongs to, through the provider the person picked, checked like every material.
// Nothing is stored or filled here: the person edits and approves the draft in the preview.
import { newId } from '../../../shared/domain/index.ts';
import {
  type AnswerDraft,
  type AnswersDoc,
  answerDraft,
  buildSources,
} from '../../../shared/materials/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { findJobByUrl } from './jobs.ts';
import { toMaterialJob } from './materials.ts';
import { type MaterialVia, produceMaterial } from './materials-produce.ts';

export interface DraftRequest {
  question: string;
  via: MaterialVia;
}

export type DraftOutcome =
  | { ok: true; draft: AnswerDraft }
  | { ok: false; code: string; message: string; retryAfter?: number };

/** `page`: the tab the form is in (its URL finds the saved job; its title stands in when none is saved). */
export async function draftAnswer(
  db: JobrakerDatabase,
  req: DraftRequest,
  page: { url?: string; title?: string },
): Promise<DraftOutcome> {
  const question = req.question.trim().slice(0, 500);
  if (!question) return { ok: false, code: 'no_question', message: 'This field has no question to answer.' };
  const saved = page.url ? await findJobByUrl(db, page.url) : undefined;
  const job = saved
    ? toMaterialJob(saved)
    : { id: newId(), title: page.title?.trim().slice(0, 300) || 'this role' };
  const made = await produceMaterial(db, {
    kind: 'answers',
    via: req.via,
    job,
    options: { questions: [question] },
  });
  if (!made.ok) return made;
  const profile = await db.profiles.toCollection().first();
  if (!profile) return { ok: false, code: 'no_profile', message: 'Your profile is gone.' };
  const { doc, notes, label, fallback } = made.material;
  return {
    ok: true,
    draft: answerDraft(doc as AnswersDoc, question, buildSources(profile, job), { notes, label, fallback }),
  };
}
