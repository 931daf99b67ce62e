import { describe, expect, it } from 'vitest';
import { SyncEngine } from './engine.ts';
import type { PulledChange } from './protocol.ts';
import { type RestoreProgress, recordsStep, runRestore, tableCounter } from './restore.ts';

const change = (table: PulledChange['table'], i: number): PulledChange => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  table,
  op: 'upsert',
  row: {},
  updated_at: '2026-01-01T00:00:00.000Z',
});

describe('first sign-in restore', () => {
  it('reports per-table counts after every pulled page, in bounded pages, then runs the next step', async () => {
    const all = [
      ...Array.from({ length: 5 }, (_, i) => change('jobs', i)),
      change('profiles', 10),
      ...Array.from({ length: 3 }, (_, i) => change('saved_answers', 20 + i)),
    ];
    const limits: number[] = [];
    const counter = tableCounter();
    const engine = new SyncEngine({
      pullLimit: 4,
      onPulled: counter.count,
      transport: {
        push: async () => ({ applied: [], conflicts: [], rejected: [] }),
        pull: async (since, limit) => {
          limits.push(limit);
          const from = Number(since ?? 0);
          const page = all.slice(from, from + limit);
          return { changes: page, cursor: String(from + page.length), more: from + page.length < all.length };
        },
      },
      outbox: { peek: async () => [], remove: async () => undefined, pendingKeys: async () => new Set() },
      replica: {
        localVersions: async () => new Map(),
        applyRemote: async () => undefined,
        getCursor: async () => null,
      },
    });
    const seen: RestoreProgress[] = [];
    const files: string[] = [];
    await runRestore(
      [
        recordsStep(engine, counter),
        {
          name: 'files',
          run: async (progress) => {
            files.push('ran');
            progress(1);
          },
        },
      ],
      (p) => seen.push(p),
    );
    expect(limits).toEqual([4, 4, 4]);
    expect(seen.map((p) => [p.step, p.done])).toEqual([
      ['records', 4],
      ['records', 8],
      ['records', 9],
      ['files', 1],
    ]);
    expect(seen[2]?.counts).toEqual({ jobs: 5, profiles: 1, saved_answers: 3 });
    expect(seen[0]?.counts).toEqual({ jobs: 4 }); // a snapshot, not the live object
    expect(files).toEqual(['ran']);
  });
});
