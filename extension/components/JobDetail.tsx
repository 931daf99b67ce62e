import { useState } from 'react';
import { browser } from 'wxt/browser';
import { allowedNextStages, type Job, STAGE_LABELS, type Stage } from '../../shared/domain/index.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { timeAgo } from '../lib/ui/time.ts';
import { FollowUpDaysField } from './FollowUpDaysField.tsx';
import { JobFields } from './JobFields.tsx';
import { JobReceipts } from './JobReceipts.tsx';
import { MatchView } from './MatchView.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';
import type { ToastState } from './Toast.tsx';
import { WatchCompanyButton } from './watch/WatchCompanyButton.tsx';

interface Props {
  job: Job;
  onToast: (t: ToastState) => void;
  onClose?: () => void;
}

/** One job: its fields (editable, low-confidence ones marked), stage, notes and delete with undo. */
export function JobDetail({ job, onToast, onClose }: Props) {
  const [error, setError] = useState<string | null>(null);
  const act = async <T,>(fn: () => Promise<T>) => {
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    }
  };
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
      <MatchView jobId={job.id} />
      <MaterialsPanel job={job} />
      <JobFields
        job={job}
        onEdit={(fields) => void act(() => bg.sendMessage('updateJob', { jobId: job.id, patch: { fields } }))}
      />
      <label>
        Stage · {STAGE_LABELS[job.stage]} since {timeAgo(job.stageChangedAt)}
        <select
          aria-label="Move to stage"
          value=""
          onChange={(e) => e.target.value && void move(e.target.value as Stage)}
        >
          <option value="">Move to…</option>
          {allowedNextStages(job.stage).map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <JobReceipts jobId={job.id} />
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
      <div className="row">
        <a href={job.url} target="_blank" rel="noreferrer">
          Open posting
        </a>
        <a href={`${browser.runtime.getURL('/job.html')}?id=${job.id}`} target="_blank" rel="noreferrer">
          Open details
        </a>
        <WatchCompanyButton job={job} />
        <span style={{ flex: 1 }} />
        <button type="button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {error && (
        <div className="notice error" role="alert">
          {error}
        </div>
      )}
    </article>
  );
}
