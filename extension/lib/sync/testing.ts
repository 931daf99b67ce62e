// For tests of what sync queues, on the real Dexie database (fake-indexeddb).
import { afterEach } from 'vitest';
import { JobrakerDatabase } from '../db/database.ts';
import { outboxCapture } from './capture.ts';

/**
 * Returns `open(name?)`: a database with sync capture installed (as when sync is on), deleted after each
 * test of the calling file. Call once at the top level of a test file; `prefix` names its databases.
 */
export function capturingDatabases(prefix: string): (name?: string) => JobrakerDatabase {
  const opened: JobrakerDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return (name = `${prefix}-${Math.random()}`) => {
    const db = new JobrakerDatabase(name);
    db.use(outboxCapture());
    opened.push(db);
    return db;
  };
}

/** What the outbox holds, oldest first, as `table:op` (`table:op:id` with `ids`). */
export async function queuedOps(db: JobrakerDatabase, { ids = false } = {}): Promise<string[]> {
  return (await db.outbox.orderBy('seq').toArray()).map((e) => `${e.table}:${e.op}${ids ? `:${e.id}` : ''}`);
}
