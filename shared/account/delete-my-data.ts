// The "delete my data" exchange, shared by the Edge Function and the extension's Account tab.

/** The body's `confirm` value: a deliberate phrase, so no stray call can wipe an account. */
export const DELETE_CONFIRMATION = 'delete my data';

/** What the server removed: stored files, and rows per table (including rows removed by cascade). */
export interface DeletionReport {
  files: number;
  rows: Record<string, number>;
  totalRows: number;
}
