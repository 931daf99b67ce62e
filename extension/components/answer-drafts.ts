import { useState } from 'react';
import type { ApprovedAnswer } from '../lib/autofill/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import type { MaterialVia } from '../lib/services/materials.ts';
import type { DraftState } from './AnswerDraft.tsx';

const keyOf = (frameId: number, ref: string) => `${frameId}:${ref}`;

/** The preview's drafted answers, per frame and field: draft, edit, approve, discard. */
export function useAnswerDrafts() {
  const [drafts, setDrafts] = useState<Map<string, DraftState>>(new Map());
  const [via, setVia] = useState<MaterialVia>('deterministic');
  const patch = (key: string, change: Partial<DraftState>) =>
    setDrafts((prev) => {
      const current = prev.get(key);
      return current ? new Map(prev).set(key, { ...current, ...change }) : prev;
    });

  const draft = async (frameId: number, ref: string, question: string) => {
    const key = keyOf(frameId, ref);
    const fresh: DraftState = {
      question,
      busy: true,
      error: null,
      draft: null,
      text: '',
      approved: false,
      saveForNextTime: false,
    };
    setDrafts((prev) => new Map(prev).set(key, fresh));
    try {
      const out = await bg.sendMessage('draftAnswer', { question, via });
      if (out.ok) patch(key, { busy: false, draft: out.draft, text: out.draft.text });
      else patch(key, { busy: false, error: out.message });
    } catch (e) {
      patch(key, { busy: false, error: `Could not draft an answer: ${(e as Error).message}` });
    }
  };

  const approve = async (key: string) => {
    const state = drafts.get(key);
    if (!state?.text.trim()) return;
    try {
      if (state.saveForNextTime)
        await bg.sendMessage('saveAnswer', { question: state.question, answer: state.text.trim() });
      patch(key, { approved: true, error: null });
    } catch (e) {
      patch(key, { error: `Your answer was not saved for next time: ${(e as Error).message}` });
    }
  };

  /** The approved answers of one frame, by field ref: what Fill sends with the approved rows. */
  const answersFor = (frameId: number): Record<string, ApprovedAnswer> => {
    const out: Record<string, ApprovedAnswer> = {};
    for (const [key, s] of drafts)
      if (s.approved && key.startsWith(`${frameId}:`))
        out[key.slice(`${frameId}:`.length)] = { text: s.text.trim(), question: s.question };
    return out;
  };

  /** The answer the plan would have written below its floor, accepted as the person's own: it fills. */
  const accept = (frameId: number, ref: string, question: string, text: string) =>
    setDrafts((prev) =>
      new Map(prev).set(keyOf(frameId, ref), {
        question,
        busy: false,
        error: null,
        draft: null,
        text,
        approved: true,
        saveForNextTime: false,
      }),
    );

  return {
    via,
    accept,
    setVia,
    get: (frameId: number, ref: string) => drafts.get(keyOf(frameId, ref)),
    draft,
    change: (frameId: number, ref: string, change: Partial<DraftState>) => patch(keyOf(frameId, ref), change),
    approve: (frameId: number, ref: string) => approve(keyOf(frameId, ref)),
    discard: (frameId: number, ref: string) =>
      setDrafts((prev) => {
        const next = new Map(prev);
        next.delete(keyOf(frameId, ref));
        return next;
      }),
    reset: () => setDrafts(new Map()),
    answersFor,
  };
}

export type AnswerDrafts = ReturnType<typeof useAnswerDrafts>;
