import type { PreparedJob } from './types.ts';

/**
 * A reading of a posting made once and kept while the posting is: every person's score asks it again,
 * and the side panel after them. Kept beside the posting (a WeakMap), so it goes when the posting does.
 */
export function perPosting<T>(read: (job: PreparedJob) => T): (job: PreparedJob) => T {
  const known = new WeakMap<PreparedJob, T>();
  return (job) => {
    if (known.has(job)) return known.get(job) as T;
    const value = read(job);
    known.set(job, value);
    return value;
  };
}
