import { Fragment } from 'react';
import type { AutofillReport } from '../lib/autofill/protocol.ts';
import { AnswerDraftEditor } from './AnswerDraft.tsx';
import type { AnswerDrafts } from './answer-drafts.ts';

const STATUS_TEXT = { fill: 'Will fill', 'needs-you': 'Needs you', skip: 'Skipped' } as const;
const OUTCOME_TEXT = {
  filled: 'Filled',
  'did-not-stick': 'Did not stick',
  'not-written': 'Not written',
} as const;

interface Props {
  report: AutofillReport;
  /** After a preview: another site's form can be ticked for filling. */
  approvable: boolean;
  approvedSites: Set<number>;
  onApprove: (frameId: number, yes: boolean) => void;
  /** Drafted answers to custom questions (offered only in a preview). */
  drafts: AnswerDrafts;
}

/** The preview's rows, one table per frame; a frame from another site asks for the person's OK. */
export function AutofillFields({ report, approvable, approvedSites, onApprove, drafts }: Props) {
  return (
    <>
      {report.frames.map((frame) => {
        const site = frame.access.kind === 'needs-approval' ? frame.access.site : null;
        return (
          <div key={frame.frameId} className="stack" data-frame={frame.frameId}>
            {site && approvable && (
              <label className="row notice warn small" style={{ color: 'inherit' }}>
                <input
                  type="checkbox"
                  style={{ width: 'auto' }}
                  checked={approvedSites.has(frame.frameId)}
                  onChange={(e) => onApprove(frame.frameId, e.target.checked)}
                />
                Also fill the form embedded from {site} (another site than the page you are on)
              </label>
            )}
            <table
              className="small"
              style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}
              aria-label="Fields"
            >
              <thead>
                <tr style={{ textAlign: 'left' }}>
                  <th style={{ width: '30%' }}>Field</th>
                  <th style={{ width: '30%' }}>Value</th>
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                {frame.fields.map((f) => {
                  const draft = approvable && f.draftable ? drafts.get(frame.frameId, f.ref) : undefined;
                  return (
                    <Fragment key={`${frame.frameId}-${f.ref}`}>
                      <tr
                        data-status={f.outcome ?? f.status}
                        style={{ borderTop: '1px solid var(--line)', verticalAlign: 'top' }}
                      >
                        <td style={{ overflowWrap: 'anywhere' }}>
                          {f.label || f.type}
                          <div className="muted">
                            {f.outcome
                              ? OUTCOME_TEXT[f.outcome]
                              : draft?.approved
                                ? 'Will fill (your answer)'
                                : STATUS_TEXT[f.status]}
                          </div>
                        </td>
                        <td style={{ overflowWrap: 'anywhere' }}>
                          {draft?.approved ? draft.text : f.value || '—'}
                          {approvable && f.draftable && !draft && (
                            <div>
                              <button
                                type="button"
                                onClick={() => void drafts.draft(frame.frameId, f.ref, f.label)}
                              >
                                Draft an answer
                              </button>
                            </div>
                          )}
                        </td>
                        <td className="muted" title={f.reason} style={{ overflowWrap: 'anywhere' }}>
                          {draft?.approved
                            ? 'Your answer: drafted from your profile, reviewed and approved by you'
                            : `${f.why} (${Math.round(f.confidence * 100)}% sure)`}
                        </td>
                      </tr>
                      {draft && (
                        <tr>
                          <td colSpan={3}>
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
