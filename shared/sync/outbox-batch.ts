// Cutting the outbox into push batches: a size and byte budget, stretched so related rows travel together.
import type { OutboxEntry } from './engine.ts';

const encoder = new TextEncoder();
const bytesOf = (entry: OutboxEntry) => encoder.encode(JSON.stringify(entry)).length;

/**
 * Takes up to `size` entries and `maxBytes` of JSON (always at least one entry), then a few more so a job and
 * the stage events written with it travel together: the server records a synced stage move with the device's
 * event id only when both arrive in one batch.
 */
export function keepRelatedTogether(
  entries: OutboxEntry[],
  size: number,
  maxBytes = Number.POSITIVE_INFINITY,
): OutboxEntry[] {
  let count = 0;
  let bytes = 0;
  while (count < Math.min(size, entries.length)) {
    bytes += Number.isFinite(maxBytes) ? bytesOf(entries[count]!) : 0;
    if (count > 0 && bytes > maxBytes) break;
    count++;
  }
  if (count >= entries.length) return entries;
  const batch = entries.slice(0, count);
  const jobIds = new Set<string>();
  for (const entry of batch) {
    if (entry.table === 'jobs') jobIds.add(entry.id);
    if (entry.table === 'stage_events') jobIds.add(String((entry.row as { jobId?: unknown } | null)?.jobId));
  }
  for (const entry of entries.slice(count)) {
    const jobId =
      entry.table === 'jobs' ? entry.id : String((entry.row as { jobId?: unknown } | null)?.jobId);
    if (!jobIds.has(jobId)) break;
    batch.push(entry);
  }
  return batch;
}
