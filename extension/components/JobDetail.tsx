import { useId } from 'react';
import { browser } from 'wxt/browser';
import { allowedNextStages, type Job, STAGE_LABELS, type Stage } from '../../shared/domain/index.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { timeAgo } from '../lib/ui/time.ts';
import { useAct } from '../lib/ui/use-act.ts';
import { FollowUpDaysField } from './FollowUpDaysField.tsx';
import { JobFields } from './JobFields.tsx';
import { JobHeader } from './JobHeader.tsx';
import { JobReceipts } from './JobReceipts.tsx';
import { TagEditor } from './job-detail/TagEditor.tsx';
import { MatchView } from './MatchView.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';
import { StageOptions } from './StageOptions.tsx';
import type { ToastState } from './Toast.tsx';
import { WatchCompanyButton } from './watch/WatchCompanyButton.tsx';

interface Props {
  job: Job;
  onToast: (t: ToastState) => void;
  onClose?: () => void;
  /** Actions that belong to the page in view (Save this page), shown first among the actions. */
  actions?: React.ReactNode;
  /** Offered when the posting is in the tab in view: autofill its application form. */
  onAutofill?: () => void;
}

/**
 * One job, the posting first: title and score, the requirement checklist, then the actions (save, stage,
 * autofill, materials), then the editable posting fields (low-confidence ones marked), notes and delete.
 */
export function JobDetail({ job, onToast, onClose, actions, onAutofill }: Props) {
  const id = useId();
  const { error, act } = useAct();
  const move = (to: Stage) =>
    act(async () => {
      await bg.sendMessage('moveJob', { jobId: job.id, to });
      onToast({
        message: `Moved to ${STAGE_LABELS[to]}`,
        action: { label: 'Undo', run: () => void bg.sendMessage('undoMove', { jobId: job.id }) },
      });
    });
  const remove = () =>
    act(async () => {
      const { trashId } = await bg.sendMessage('deleteJob', { jobId: job.id });
      onToast({
        message: `Deleted ${job.title}`,
        action: { label: 'Undo', run: () => void bg.sendMessage('restoreJob', { trashId }) },
      });
      onClose?.();
    });

  return (
    <article className="stack" aria-label={`${job.title} at ${job.company}`} data-testid="job-detail">
      <JobHeader job={job} headingId={`${id}-title`} />
      <MatchView jobId={job.id} />
      <section className="stack" aria-labelledby={`${id}-actions`}>
        <h2 id={`${id}-actions`}>Actions</h2>
        {actions}
        <div className="row" style={{ alignItems: 'flex-end' }}>
          <label style={{ flex: '1 1 160px' }}>
            Stage · {STAGE_LABELS[job.stage]} since {timeAgo(job.stageChangedAt)}
            <select
              aria-label="Move to stage"
              value=""
              onChange={(e) => e.target.value && void move(e.target.value as Stage)}
            >
              <option value="">Move to…</option>
              <StageOptions stages={allowedNextStages(job.stage)} />
            </select>
          </label>
          {onAutofill && (
            <button type="button" onClick={onAutofill}>
              Autofill the form
            </button>
          )}
        </div>
        <JobReceipts jobId={job.id} />
      </section>
      <MaterialsPanel job={job} />
      <MatchView jobId={job.id} part="details" />
      <section className="stack" aria-labelledby={`${id}-fields`}>
        <h2 id={`${id}-fields`}>Posting details</h2>
        <p className="muted small" style={{ margin: 0 }}>
          As read from the page; correct anything wrong and your edit is kept.
        </p>
        <JobFields
          job={job}
          onEdit={(fields) =>
            void act(() => bg.sendMessage('updateJob', { jobId: job.id, patch: { fields } }))
          }
        />
      </section>
      <section className="stack" aria-labelledby={`${id}-yours`}>
        <h2 id={`${id}-yours`}>Tracking</h2>
        <TagEditor job={job} onToast={onToast} />
        <label>
          Excitement
          <select
            value={job.excitement ?? ''}
            onChange={(e) =>
              void act(() =>
                bg.sendMessage('updateJob', {
                  jobId: job.id,
                  patch: { excitement: e.target.value ? Number(e.target.value) : null },
                }),
              )
            }
          >
            <option value="">Not rated</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {'★'.repeat(n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Application deadline
          <input
            type="date"
            value={job.deadline ?? ''}
            onChange={(e) =>
              void act(() =>
                bg.sendMessage('updateJob', { jobId: job.id, patch: { deadline: e.target.value || null } }),
              )
            }
          />
        </label>
        <FollowUpDaysField jobId={job.id} />
        <label>
          Notes
          <textarea
            rows={3}
            defaultValue={job.notes}
            key={job.id}
            onBlur={(e) =>
              e.target.value !== job.notes &&
              void act(() => bg.sendMessage('updateJob', { jobId: job.id, patch: { notes: e.target.value } }))
            }
          />
        </label>
      </section>
      <div className="row">
        <a href={`${browser.runtime.getURL('/job.html')}?id=${job.id}`} target="_blank" rel="noreferrer">
          Open details
        </a>
        <WatchCompanyButton job={job} />
        <span style={{ flex: 1 }} />
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      <ErrorLine error={error} />
    </article>
  );
}
