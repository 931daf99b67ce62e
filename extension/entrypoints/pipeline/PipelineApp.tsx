import { useCallback, useMemo, useState } from 'react';
import { STAGE_LABELS, type Stage } from '../../../shared/domain/stages.ts';
import { applyFilter, EMPTY_FILTER, filterOptions, groupByStage } from '../../../shared/pipeline/filters.ts';
import type { PipelineItem } from '../../../shared/pipeline/items.ts';
import { Toast, type ToastState } from '../../components/Toast.tsx';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { Board } from './Board.tsx';
import { BulkBar } from './BulkBar.tsx';
import { FilterBar } from './FilterBar.tsx';
import { ListView } from './ListView.tsx';
import { useDensity } from './useDensity.ts';
import { usePipelineData } from './usePipelineData.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The Pipeline page: the board (or the list), search and filters, bulk actions, each change with Undo. */
export function PipelineApp() {
  const data = usePipelineData();
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [view, setView] = useState<'board' | 'list'>('board');
  const [density, setDensity] = useDensity();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [toast, setToast] = useState<ToastState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const clearToast = useCallback(() => setToast(null), []);

  const shown = useMemo(() => (data ? applyFilter(data.items, filter, data.index) : []), [data, filter]);
  const options = useMemo(() => filterOptions(data?.items ?? []), [data]);
  const columns = useMemo(() => groupByStage(shown), [shown]);
  const picked = shown.filter((i) => selected.has(i.job.id)).map((i) => i.job.id);

  /** Runs a change; on failure says why in words and keeps everything as it was. */
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const undoable = (message: string, undo: () => Promise<unknown>) => {
    setAnnouncement(message);
    setToast({ message, action: { label: 'Undo', run: () => void run(async () => void (await undo())) } });
  };

  const moveOne = (item: PipelineItem, to: Stage) =>
    run(async () => {
      const from = item.job.stage;
      await bg.sendMessage('moveJob', { jobId: item.job.id, to });
      undoable(`Moved ${item.job.title} from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}.`, async () => {
        await bg.sendMessage('undoMove', { jobId: item.job.id });
        setAnnouncement(`Undone: ${item.job.title} is back in ${STAGE_LABELS[from]}.`);
      });
    });
  const moveSelected = (to: Stage) =>
    run(async () => {
      const { moved, refused } = await bg.sendMessage('moveJobs', { jobIds: picked, to });
      const ids = moved.map((j) => j.id);
      if (refused.length) setError(refused.map((r) => `${r.title}: ${r.message}`).join(' '));
      if (ids.length)
        undoable(`Moved ${plural(ids.length, 'job')} to ${STAGE_LABELS[to]}.`, () =>
          bg.sendMessage('undoMoves', { jobIds: ids }),
        );
    });
  const archiveSelected = () =>
    run(async () => {
      const archived = filter.archived === 'live';
      const ids = picked;
      await bg.sendMessage('archiveJobs', { jobIds: ids, archived });
      setSelected(new Set());
      undoable(`${archived ? 'Archived' : 'Unarchived'} ${plural(ids.length, 'job')}.`, () =>
        bg.sendMessage('archiveJobs', { jobIds: ids, archived: !archived }),
      );
    });
  const deleteSelected = () =>
    run(async () => {
      const { trashIds } = await bg.sendMessage('deleteJobs', { jobIds: picked });
      setSelected(new Set());
      undoable(`Deleted ${plural(trashIds.length, 'job')}.`, () =>
        bg.sendMessage('restoreJobs', { trashIds }),
      );
    });

  const select = (jobId: string, on: boolean) => setSelected((s) => toggled(s, [jobId], on));
  const selectAll = (jobIds: string[], on: boolean) => setSelected((s) => toggled(s, jobIds, on));

  return (
    <main className="pipeline" data-density={density}>
      <header className="page-head">
        <h1>Pipeline</h1>
        <nav aria-label="Views" className="row">
          <fieldset className="segmented">
            <legend className="visually-hidden">View</legend>
            {(['board', 'list'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                {v === 'board' ? 'Board' : 'List'}
              </button>
            ))}
          </fieldset>
          <label className="inline">
            Density
            <select value={density} onChange={(e) => setDensity(e.target.value as typeof density)}>
              <option value="comfortable">Comfortable</option>
              <option value="compact">Compact</option>
            </select>
          </label>
          <a href="analytics.html">Analytics</a>
        </nav>
      </header>
      <FilterBar filter={filter} onChange={setFilter} options={options} personas={data?.personas ?? []} />
      <p className="muted small" data-testid="shown-count">
        {data ? `Showing ${plural(shown.length, 'job')} of ${data.items.length}` : 'Loading…'}
      </p>
      <ErrorLine error={error} />
      {picked.length > 0 && (
        <BulkBar
          count={picked.length}
          archivedView={filter.archived === 'archived'}
          onMove={moveSelected}
          onArchive={archiveSelected}
          onDelete={deleteSelected}
          onClear={() => setSelected(new Set())}
        />
      )}
      <p id="move-help" className="visually-hidden">
        Press Space to pick up a job, Left and Right arrows to choose a stage, Enter to drop, Escape to
        cancel.
      </p>
      {view === 'board' ? (
        <Board
          columns={columns}
          selected={selected}
          onSelect={select}
          onMove={moveOne}
          announce={setAnnouncement}
          onRefused={setError}
        />
      ) : (
        <ListView items={shown} selected={selected} onSelect={select} onSelectAll={selectAll} />
      )}
      <div className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      <Toast toast={toast} onDone={clearToast} />
    </main>
  );
}

function toggled(set: ReadonlySet<string>, ids: string[], on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
