import { Fragment } from 'react';
import { ROW_STATE_TONE, ROW_STATE_WORDS, rowState } from '../../shared/autofill/row-state.ts';
import type { AutofillReport } from '../lib/autofill/protocol.ts';
import { CheckboxRow } from '../lib/ui/CheckboxRow.tsx';
import { StatusChip } from '../lib/ui/StatusChip.tsx';
import { AnswerDraftEditor } from './AnswerDraft.tsx';
import type { AnswerDrafts } from './answer-drafts.ts';
import { SuggestionToggle } from './SuggestionToggle.tsx';

interface Props {
  report: AutofillReport;
  /** After a preview: another site's form can be ticked for filling. */
  approvable: boolean;
  approvedSites: Set<number>;
  onApprove: (frameId: number, yes: boolean) => void;
  /** Drafted answers to custom questions (offered only in a preview). */
  drafts: AnswerDrafts;
}

/**
 * The preview's rows, one table per frame; a frame from another site asks for the person's OK. Two
 * columns so it fits a 320-420 px panel: the field with its state, then the value with why in words.
 * After a fill every row shows what happened to it.
 */
export function AutofillFields({ report, approvable, approvedSites, onApprove, drafts }: Props) {
  return (
    <>
      {report.frames.map((frame) => {
        const site = frame.access.kind === 'needs-approval' ? frame.access.site : null;
        return (
          <div key={frame.frameId} className="stack" data-frame={frame.frameId}>
            {site && approvable && (
              <CheckboxRow
                className="notice warn small"
                checked={approvedSites.has(frame.frameId)}
                onChange={(approved) => onApprove(frame.frameId, approved)}
              >
                Also fill the form embedded from {site} (another site than the page you are on)
              </CheckboxRow>
            )}
            <table className="fit-table" aria-label="Fields">
              <thead>
                <tr>
                  <th style={{ width: '38%' }}>Field</th>
                  <th>Value and why</th>
                </tr>
              </thead>
              <tbody>
                {frame.fields.map((f) => {
                  const draft =
                    approvable && (f.draftable || f.suggestion)
                      ? drafts.get(frame.frameId, f.ref)
                      : undefined;
                  const state = rowState(f.status, f.outcome, !approvable);
                  return (
                    <Fragment key={`${frame.frameId}-${f.ref}`}>
                      <tr data-status={f.outcome ?? f.status} data-state={state}>
                        <td>
                          <div>{f.label || f.type}</div>
                          <StatusChip tone={ROW_STATE_TONE[state]}>
                            {draft?.approved ? 'Will fill (your answer)' : ROW_STATE_WORDS[state]}
                          </StatusChip>
                        </td>
                        <td>
                          <div>{draft?.approved ? draft.text : f.value || '—'}</div>
                          {approvable && f.draftable && !draft && (
                            <button
                              type="button"
                              onClick={() => void drafts.draft(frame.frameId, f.ref, f.label)}
                            >
                              Draft an answer
                            </button>
                          )}
                          {approvable && f.suggestion && (
                            <SuggestionToggle
                              label={f.label || f.type}
                              suggestion={f.suggestion}
                              accepted={!!draft?.approved}
                              onAccept={() => drafts.accept(frame.frameId, f.ref, f.label, f.suggestion!)}
                              onUndo={() => drafts.discard(frame.frameId, f.ref)}
                            />
                          )}
                          <div className="muted">
                            {draft?.approved
                              ? 'Your answer: drafted from your profile, reviewed and approved by you'
                              : f.why}
                          </div>
                        </td>
                      </tr>
                      {draft && !f.suggestion && (
                        <tr>
                          <td colSpan={2}>
                            <AnswerDraftEditor
                              state={draft}
                              onChange={(change) => drafts.change(frame.frameId, f.ref, change)}
                              onApprove={() => void drafts.approve(frame.frameId, f.ref)}
                              onDiscard={() => drafts.discard(frame.frameId, f.ref)}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
