import { useEffect, useRef } from 'react';
import type { AnswerDraft } from '../../shared/materials/index.ts';
import type { MaterialVia } from '../lib/services/materials.ts';
import { CheckboxRow } from '../lib/ui/CheckboxRow.tsx';

/** Where an answer is drafted: the same three paths as the Materials tab. */
export const DRAFT_VIAS: Array<[MaterialVia, string]> = [
  ['deterministic', 'without a model'],
  ['local', 'with my local model'],
  ['hosted', 'with the hosted model'],
];

/** One question's draft in the preview: drafted, then edited and approved by the person. */
export interface DraftState {
  question: string;
  busy: boolean;
  error: string | null;
  draft: AnswerDraft | null;
  /** What will be filled once approved: the draft as the person edited it. */
  text: string;
  approved: boolean;
  saveForNextTime: boolean;
}

interface Props {
  state: DraftState;
  onChange: (patch: Partial<DraftState>) => void;
  onApprove: () => void;
  onDiscard: () => void;
}

/** The draft under its row: how it was made, the text to edit, what each sentence rests on, what was left out. */
export function AnswerDraftEditor({ state, onChange, onApprove, onDiscard }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  const ready = !!state.draft && !state.busy;
  // Keyboard users land in the draft as soon as it arrives.
  useEffect(() => {
    if (ready) box.current?.focus();
  }, [ready]);
  if (state.busy) return <p className="small muted">Drafting an answer…</p>;
  const d = state.draft;
  return (
    <div className="stack small" data-testid="answer-draft">
      {state.error && (
        <p className="notice error" role="alert">
          {state.error}
        </p>
      )}
      {d?.fallback && (
        <p className="notice warn" role="status">
          The model failed ({d.fallback.message}); this draft was assembled from your profile without a model.
        </p>
      )}
      {d && (
        <>
          <p className="muted" data-testid="answer-draft-label">
            {d.label}
            {d.text ? '' : ' — nothing in your profile answers this yet: write it yourself.'}
          </p>
          <textarea
            ref={box}
            aria-label={`Your answer to: ${state.question}`}
            value={state.text}
            rows={5}
            onChange={(e) => onChange({ text: e.target.value, approved: false })}
          />
          {d.sentences.length > 0 && (
            <details>
              <summary>What each sentence rests on</summary>
              <ul data-testid="answer-draft-trace">
                {d.sentences.map((s) => (
                  <li key={s.text}>
                    “{s.text}” — from your profile: {s.restsOn.join('; ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {d.notes.length > 0 && (
            <ul className="notice warn" data-testid="answer-draft-notes">
              {d.notes.map((n) => (
                <li key={`${n.text}-${n.reason}`}>
                  Left out: “{n.text}” — {n.reason}
                </li>
              ))}
            </ul>
          )}
          <CheckboxRow
            checked={state.saveForNextTime}
            onChange={(saveForNextTime) => onChange({ saveForNextTime })}
          >
            Save as my answer for next time
          </CheckboxRow>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={!state.text.trim() || state.approved}
              onClick={onApprove}
            >
              {state.approved ? 'Approved: fills with the rest' : 'Use this answer'}
            </button>
            <button type="button" onClick={onDiscard}>
              Discard draft
            </button>
          </div>
        </>
      )}
      {!d && (
        <button type="button" onClick={onDiscard}>
          Close
        </button>
      )}
    </div>
  );
}
