import { useState } from 'react';
import type { Job } from '../../shared/domain/index.ts';
import type { SubmissionView } from '../../shared/submission/request.ts';
import type { SubmissionReview } from '../../shared/submission/review.ts';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../../shared/submission/statuses.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { useSubmissions } from '../lib/ui/submissions.ts';

/** "Submit with Skyvern" for one job: review → approve → queue; then its status, receipt or takeover. */
export function SkyvernSubmit({ job }: { job: Job }) {
  const { list, error: listError, refresh } = useSubmissions();
  const [review, setReview] = useState<SubmissionReview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = list?.find((s) => s.job_id === job.id);
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const open = current && !['withdrawn_by_user', 'failed_submission', 'cancelled'].includes(current.status);
  return (
    <section className="stack" aria-label="Submit with Skyvern">
      {current && <SubmissionStatus submission={current} act={act} busy={busy} />}
      {!open && !review && (
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act(async () => setReview(await bg.sendMessage('submissionReview', { jobId: job.id })))
          }
        >
          Submit with Skyvern
        </button>
      )}
      {review && !open && (
        <section className="stack" aria-label="Review before submitting">
          <h3>Review what Skyvern will send</h3>
          <dl>
            {review.answers.map((a) => (
              <div key={a.label}>
                <dt>{a.label}</dt>
                <dd>{a.label === 'Cover letter' ? `${a.value.slice(0, 160)}…` : a.value}</dd>
              </div>
            ))}
          </dl>
          <p className="small">
            Resume:{' '}
            {review.resume ? (
              <>
                {review.resume.fileName} <code title="SHA-256">{review.resume.sha256}</code>
              </>
            ) : (
              'none'
            )}
          </p>
          {review.warnings.map((w) => (
            <p key={w} className="small" role="note">
              {w}
            </p>
          ))}
          <div className="row">
            <button
              type="button"
              disabled={busy || review.answers.length === 0}
              onClick={() =>
                act(async () => {
                  await bg.sendMessage('approveSubmission', review);
                  setReview(null);
                })
              }
            >
              Approve and queue
            </button>
            <button type="button" onClick={() => setReview(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {(error ?? (list === null ? listError : null)) && (
        <p role="alert" className="small">
          {error ?? listError}
        </p>
      )}
    </section>
  );
}

/** How a person who took over a submission says it ended, and the button that says so. */
const TAKEOVER_RESULTS = [
  ['submitted_successfully', 'I sent it'],
  ['failed_submission', 'It failed'],
] as const;

function SubmissionStatus(props: {
  submission: SubmissionView;
  act: (work: () => Promise<unknown>) => Promise<void>;
  busy: boolean;
}) {
  const { submission: s, act, busy } = props;
  const status = s.status as ApplicationStatus;
  const receipt = s.receipt as {
    confirmation?: string | null;
    recording_url?: string | null;
    screenshot_urls?: string[];
  } | null;
  return (
    <div className="stack" data-submission-status={status}>
      <p>
        <strong>{APPLICATION_STATUS_LABELS[status] ?? status}</strong>
        {s.status_reason ? ` — ${s.status_reason}` : ''}
      </p>
      {status === 'submitted_successfully' && receipt && (
        <section className="small" aria-label="Receipt">
          {receipt.confirmation && <p>Confirmation: {receipt.confirmation}</p>}
          {receipt.recording_url && (
            <a href={receipt.recording_url} target="_blank" rel="noreferrer">
              Recording
            </a>
          )}{' '}
          {receipt.screenshot_urls?.map((u, i) => (
            <a key={u} href={u} target="_blank" rel="noreferrer">
              Screenshot {i + 1}{' '}
            </a>
          ))}
          <p>
            Sent {s.submitted_at ? new Date(s.submitted_at).toLocaleString() : ''} · resume{' '}
            {s.resume_sha256?.slice(0, 12) ?? '—'}· {s.answers.length} answers
          </p>
        </section>
      )}
      <div className="row">
        {(status === 'pending_submission' || status === 'processing') && (
          <button
            type="button"
            disabled={busy}
            onClick={() => act(() => bg.sendMessage('withdrawSubmission', { applicationId: s.id }))}
          >
            Withdraw
          </button>
        )}
        {status === 'action_required' && (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={() => act(() => bg.sendMessage('takeOverSubmission', { jobId: s.job_id }))}
            >
              Take over
            </button>
            {TAKEOVER_RESULTS.map(([result, label]) => (
              <button
                key={result}
                type="button"
                disabled={busy}
                onClick={() =>
                  act(() => bg.sendMessage('recordSubmissionResult', { applicationId: s.id, status: result }))
                }
              >
                {label}
              </button>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
