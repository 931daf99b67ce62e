// Talks to the real sync function as a signed-in user (tokens signed with the local stack's key), gives a test
// its own users and devices, and builds jobs in the client's shape.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../../backend/local/jwks-key.ts';
import { REPO_ROOT } from '../../../backend/local/stack.ts';
import type { Change, PullResponse, PushResponse } from '../../../shared/sync/protocol.ts';
import type { ClientRecord } from './client-record.ts';
import { MemoryDevice } from './memory-device.ts';

const functionsUrl = inject('functionsUrl');
const apiUrl = inject('apiUrl');
const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));

export const tokenFor = (sub: string) => signLocalToken(key, sub);

/** A user of this test alone: its name for them plus a random part, so runs and files never share one. */
export const newUser = (name: string) => `user_${name}_${randomUUID().slice(0, 8)}`;

/** A device signed in as `sub`, syncing with the stack through the real engine and transport. */
export const deviceSignedInAs = (sub: string) => new MemoryDevice(apiUrl, () => tokenFor(sub));

export async function call<T>(
  sub: string,
  body: unknown,
  init: RequestInit = {},
): Promise<{ status: number; body: T; bytes: number }> {
  const response = await fetch(`${functionsUrl}/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(sub)}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
}

export const push = (sub: string, changes: Change[]) => call<PushResponse>(sub, { action: 'push', changes });
export const pull = (sub: string, since: string | null, limit?: number) =>
  call<PullResponse>(sub, { action: 'pull', since, limit });

export function job(overrides: Record<string, unknown> = {}) {
  const at = new Date().toISOString();
  const id = randomUUID();
  return {
    id,
    title: 'Backend Engineer',
    company: 'Acme',
    url: `https://boards.example.com/acme/${id}`,
    canonicalUrl: `https://boards.example.com/acme/${id}`,
    ats: { ats: 'greenhouse', id: id.slice(0, 8), board: 'acme' },
    aliases: [],
    fuzzyKey: 'acme|backend engineer|remote',
    locations: [{ raw: 'Remote (US)', country: 'US' }],
    workType: 'remote',
    salary: { min: 150000, max: 180000, currency: 'USD', period: 'YEAR', text: '$150k-$180k' },
    provenance: { title: { source: 'jsonld', confidence: 0.95 } },
    userEdited: [],
    gaps: [],
    stage: 'saved',
    excitement: 4,
    deadline: '2026-12-31',
    notes: '',
    createdAt: at,
    updatedAt: at,
    stageChangedAt: at,
    ...overrides,
  };
}

/** `count` new jobs and the records `recordsFor` builds on them, all written on `device` at one moment. */
export function seedJobsWith(
  device: MemoryDevice,
  count: number,
  recordsFor: (jobIds: string[], at: string) => ClientRecord[],
) {
  const at = new Date().toISOString();
  const jobs = Array.from({ length: count }, () => job({ createdAt: at, updatedAt: at, stageChangedAt: at }));
  for (const row of jobs) device.write('jobs', row.id, row);
  const records = recordsFor(
    jobs.map((j) => j.id),
    at,
  );
  for (const r of records) device.write(r.table, r.id, r.row);
  return { jobs, records };
}

export const upsert = (row: { id: string; updatedAt: string }): Change => ({
  id: row.id,
  table: 'jobs',
  op: 'upsert',
  row,
  updated_at: row.updatedAt,
});

export const later = (iso: string, ms = 1000) => new Date(Date.parse(iso) + ms).toISOString();

export async function pullAll(sub: string, since: string | null = null, limit = 50) {
  const changes: PullResponse['changes'] = [];
  let cursor = since;
  for (;;) {
    const { body } = await pull(sub, cursor, limit);
    changes.push(...body.changes);
    cursor = body.cursor;
    if (!body.more) return { changes, cursor };
  }
}
