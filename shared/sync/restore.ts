// First sign-in restore as a list of steps, each reporting progress, so a progress bar can show per-table
// counts. The records step pulls everything (bounded pages); the Storage file step (resume bytes) joins the
// list as another RestoreStep without changing the runner.
import { emptyReport, type SyncEngine } from './engine.ts';
import type { PulledChange, SyncTable } from './protocol.ts';

export type TableCounts = Partial<Record<SyncTable, number>>;

export interface RestoreProgress {
  step: string;
  /** Rows restored so far, per table. */
  counts: TableCounts;
  /** Items of this step done so far (rows, or files for a file step). */
  done: number;
}

export interface RestoreStep {
  name: string;
  run(progress: (done: number, counts?: TableCounts) => void): Promise<void>;
}

export interface TableCounter {
  counts: TableCounts;
  total(): number;
  /** Hand this to the engine as `onPulled`. */
  count(page: PulledChange[]): void;
  /** Called after every counted page (the records step points it at its progress callback). */
  listener?: () => void;
}

export function tableCounter(): TableCounter {
  let total = 0;
  const counter: TableCounter = {
    counts: {},
    total: () => total,
    count: (page) => {
      for (const change of page) counter.counts[change.table] = (counter.counts[change.table] ?? 0) + 1;
      total += page.length;
      counter.listener?.();
    },
  };
  return counter;
}

/** The records step: pulls every page since the device's cursor; `engine` counts into `counter` (onPulled). */
export function recordsStep(engine: SyncEngine, counter: TableCounter): RestoreStep {
  return {
    name: 'records',
    async run(progress) {
      counter.listener = () => progress(counter.total(), counter.counts);
      const report = emptyReport();
      try {
        await engine.pullAll(report);
      } finally {
        counter.listener = undefined;
      }
    },
  };
}

/** Runs the steps in order, reporting each one's progress. */
export async function runRestore(
  steps: RestoreStep[],
  onProgress: (p: RestoreProgress) => void,
): Promise<void> {
  for (const step of steps) {
    await step.run((done, counts = {}) => onProgress({ step: step.name, counts: { ...counts }, done }));
  }
}
