import { useEffect, useState } from 'react';
import { rowState, type Tone, worstTone } from '../../shared/autofill/row-state.ts';
import type { AutofillReport, AutofillRequest } from '../lib/autofill/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { CheckboxRow } from '../lib/ui/CheckboxRow.tsx';
import { DRAFT_VIAS } from './AnswerDraft.tsx';
import { AutofillFields } from './AutofillFields.tsx';
import { type AnswerDrafts, useAnswerDrafts } from './answer-drafts.ts';

type Mode = AutofillRequest['mode'];

const failure = (message: string): AutofillReport => ({
  ok: false,
  message,
  frames: [],
  withheld: [],
  summary: { filled: 0, needYou: 0, failed: 0, text: '' },
});

/** What the Fill button sends after a preview: exactly the rows shown and the answers approved, per frame. */
function approvalsOf(
  report: AutofillReport,
  approvedSites: Set<number>,
  drafts: AnswerDrafts,
): NonNullable<AutofillRequest['approved']> {
  return report.frames
    .filter((f) => f.access.kind === 'allowed' || approvedSites.has(f.frameId))
    .map((f) => {
      const answers = drafts.answersFor(f.frameId);
      const refs = f.fields.filter((x) => x.status === 'fill').map((x) => x.ref);
      return { frameId: f.frameId, refs: [...refs, ...Object.keys(answers)], answers };
    });
}

const NOTICE: Record<Tone, string> = { ok: 'ok', warn: 'warn', bad: 'error', neutral: '' };

/** The summary's tone: a report that failed is bad; otherwise the worst row (shown after a preview or fill). */
function summaryTone(report: AutofillReport, done: boolean): Tone {
  if (!report.ok) return 'bad';
  const states = report.frames.flatMap((f) => f.fields.map((x) => rowState(x.status, x.outcome, done)));
  return worstTone(report.summary.failed > 0 ? [...states, 'did-not-stick'] : states);
}

/**
 * Autofill for the form in the current tab: preview every field, fill exactly what was shown,
 * undo. Another site's embedded form is filled only when ticked here. Never submits.
 * `previewSignal` changes when the in-page button asked for a review.
 */
export function AutofillPanel({ previewSignal = 0 }: { previewSignal?: number }) {
  const [report, setReport] = useState<AutofillReport | null>(null);
  const [done, setDone] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [approvedSites, setApprovedSites] = useState<Set<number>>(new Set());
  const drafts = useAnswerDrafts();
  const send = async (req: AutofillRequest) => {
    setBusy(true);
    try {
      setReport(await bg.sendMessage('autofillTab', req));
      setDone(req.mode);
    } catch (e) {
      setReport(failure((e as Error).message));
    } finally {
      setBusy(false);
    }
  };
  const preview = () => {
    setApprovedSites(new Set());
    drafts.reset();
    return send({ mode: 'preview', overwrite });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for a new request from the page only
  useEffect(() => {
    if (previewSignal) void preview();
  }, [previewSignal]);
  const previewed = done === 'preview' && report?.ok ? report : null;
  const approvals = previewed ? approvalsOf(previewed, approvedSites, drafts) : [];
  const toFill = approvals.reduce((n, a) => n + a.refs.length, 0);
  const fill = () =>
    send(previewed ? { mode: 'run', overwrite, approved: approvals } : { mode: 'run', overwrite });
  const draftable = !!previewed?.frames.some((f) => f.fields.some((x) => x.draftable));
  // Answers the plan was not sure enough to write (under its floor), not yet accepted: one click takes them all.
  const offered = (previewed?.frames ?? []).flatMap((f) =>
    f.fields
      .filter((x) => x.suggestion && !drafts.get(f.frameId, x.ref)?.approved)
      .map((x) => ({ frameId: f.frameId, ref: x.ref, label: x.label, text: x.suggestion! })),
  );
  const problems = report?.frames.flatMap((f) => f.problems) ?? [];
  const hidden = report?.withheld.filter((w) => w.access.kind === 'hidden') ?? [];
  return (
    <section className="stack" aria-label="Autofill">
      <p className="muted small">
        Fills the application form in the current tab from your profile. Preview shows every field first; you
        press submit yourself.
      </p>
      <CheckboxRow checked={overwrite} onChange={setOverwrite}>
        Replace values already in the form
      </CheckboxRow>
      <div className="row">
        <button type="button" onClick={() => void preview()} disabled={busy}>
          Preview
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void fill()}
          disabled={busy || (!!previewed && toFill === 0)}
          aria-keyshortcuts="Alt+Shift+F"
        >
          {busy ? 'Working…' : previewed ? `Fill ${toFill} field${toFill === 1 ? '' : 's'}` : 'Autofill'}
        </button>
        <button type="button" onClick={() => void send({ mode: 'undo' })} disabled={busy || done !== 'run'}>
          Undo fill
        </button>
      </div>
      {report && (
        <div
          className={`notice ${NOTICE[summaryTone(report, done === 'run')]}`}
          data-tone={summaryTone(report, done === 'run')}
          role="status"
          data-testid="autofill-summary"
        >
          {report.message}
        </div>
      )}
      {hidden.length > 0 && (
        <p className="muted small" data-testid="autofill-hidden-frames">
          Left alone: {hidden.map((w) => w.access.reason).join('; ')}.
        </p>
      )}
      {problems.length > 0 && (
        <ul className="notice warn small" aria-label="Problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {offered.length > 0 && (
        <p className="small">
          {offered.length} answer{offered.length === 1 ? '' : 's'} below{' '}
          {offered.length === 1 ? 'was' : 'were'} not filled because Jobraker was not sure what the box asks:
          check them in the list, then{' '}
          <button
            type="button"
            onClick={() => {
              for (const o of offered) drafts.accept(o.frameId, o.ref, o.label, o.text);
            }}
          >
            Use all {offered.length} suggested answer{offered.length === 1 ? '' : 's'}
          </button>
        </p>
      )}
      {draftable && (
        <label className="small">
          Draft answers to questions
          <select value={drafts.via} onChange={(e) => drafts.setVia(e.target.value as typeof drafts.via)}>
            {DRAFT_VIAS.map(([via, words]) => (
              <option key={via} value={via}>
                {words}
              </option>
            ))}
          </select>
        </label>
      )}
      {report && done !== 'undo' && (
        <AutofillFields
          drafts={drafts}
          report={report}
          approvable={done === 'preview'}
          approvedSites={approvedSites}
          onApprove={(frameId, yes) => {
            const next = new Set(approvedSites);
            if (yes) next.add(frameId);
            else next.delete(frameId);
            setApprovedSites(next);
          }}
        />
      )}
    </section>
  );
}
