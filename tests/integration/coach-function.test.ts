// The coach function over HTTP, as real users (local-stack tokens): a client invites, a coach redeems, reads
// the client's pipeline and writes a note the client reads; the client ends it and the coach's view is refused.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type {
  ClientView,
  CoachNote,
  CoachOverview,
  Invitation,
  Redemption,
} from '../../shared/coach/protocol.ts';
import { tokenFor } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());
const functionsUrl = inject('functionsUrl');
const run = randomUUID().slice(0, 8);
const client = `user_fn_client_${run}`;
const coach = `user_fn_coach_${run}`;

async function coachCall<T>(sub: string | null, body: unknown): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sub) headers.authorization = `Bearer ${await tokenFor(sub)}`;
  const response = await fetch(`${functionsUrl}/coach`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe('coach function', () => {
  it('refuses callers without a token and requests outside the protocol', async () => {
    expect((await coachCall(null, { action: 'list' })).status).toBe(401);
    const bad = await coachCall<{ error: string }>(client, { action: 'clientView', relationshipId: 'nope' });
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const long = await coachCall<{ error: string }>(client, {
      action: 'invite',
      displayName: 'x'.repeat(81),
    });
    expect(long).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('invite, redeem, read, note, end: the coach is shut out the moment the client ends it', async () => {
    const { rows } = await admin.query(
      `insert into public.jobs (user_id, title, company, url, canonical_url, notes) values ($1, 'Data Engineer', 'Globex', $2, $2, 'Referral from Sam') returning id`,
      [client, `https://jobs.example.com/${run}`],
    );
    const jobId = rows[0].id as string;
    await admin.query("update public.jobs set stage = 'applied' where id = $1", [jobId]);

    const invite = await coachCall<Invitation>(client, { action: 'invite', displayName: ' Ada ' });
    expect(invite.status).toBe(200);
    const redeemed = await coachCall<Redemption>(coach, {
      action: 'redeem',
      code: invite.body.code,
      displayName: 'Coach Grace',
    });
    expect(redeemed.body).toEqual({ outcome: 'redeemed', clientName: 'Ada' });
    const again = await coachCall<Redemption>(coach, { action: 'redeem', code: invite.body.code });
    expect(again.body.outcome).toBe('invalid');

    const coachList = await coachCall<CoachOverview>(coach, { action: 'list' });
    expect(coachList.body.asCoach).toEqual([
      expect.objectContaining({ clientName: 'Ada', coachName: 'Coach Grace', status: 'active' }),
    ]);
    const relationshipId = invite.body.relationshipId;

    const view = await coachCall<ClientView>(coach, { action: 'clientView', relationshipId });
    expect(view.status).toBe(200);
    expect(view.body.jobs).toEqual([
      expect.objectContaining({
        id: jobId,
        title: 'Data Engineer',
        stage: 'applied',
        notes: ['Referral from Sam'],
      }),
    ]);
    expect(view.body.jobs[0]?.events.map((e) => e.to)).toEqual(['saved', 'applied']);

    const note = await coachCall<CoachNote>(coach, {
      action: 'addNote',
      relationshipId,
      jobId,
      body: 'Ask Sam for an intro to the hiring manager',
    });
    expect(note).toMatchObject({ status: 200, body: { coachName: 'Coach Grace' } });
    const clientList = await coachCall<CoachOverview>(client, { action: 'list' });
    expect(clientList.body.notesForMe).toEqual([
      expect.objectContaining({
        body: 'Ask Sam for an intro to the hiring manager',
        coachId: coach,
        coachName: 'Coach Grace',
        jobLabel: 'Data Engineer at Globex',
      }),
    ]);

    // Each side renames only itself: the coach's call changes the coach's name, whatever it sends.
    const renamed = await coachCall(coach, { action: 'rename', relationshipId, displayName: 'Grace' });
    expect(renamed).toMatchObject({ status: 200, body: { clientName: 'Ada', coachName: 'Grace' } });

    // The coach cannot end it for the client; the client can.
    expect((await coachCall(coach, { action: 'setStatus', relationshipId, status: 'ended' })).status).toBe(
      404,
    );
    const ended = await coachCall(client, { action: 'setStatus', relationshipId, status: 'ended' });
    expect(ended.body).toMatchObject({ status: 'ended' });
    const shut = await coachCall<{ error: string }>(coach, { action: 'clientView', relationshipId });
    expect(shut).toMatchObject({ status: 403, body: { error: 'not_sharing' } });
    const late = await coachCall<{ error: string }>(coach, {
      action: 'addNote',
      relationshipId,
      body: 'late',
    });
    expect(late).toMatchObject({ status: 403, body: { error: 'not_sharing' } });
    expect((await coachCall<CoachOverview>(coach, { action: 'list' })).body.asCoach).toEqual([]);
    // Ended is final, and the client keeps the note.
    const reopen = await coachCall<{ error: string }>(client, {
      action: 'setStatus',
      relationshipId,
      status: 'active',
    });
    expect(reopen).toMatchObject({ status: 409, body: { error: 'refused' } });
    const lateName = await coachCall(coach, { action: 'rename', relationshipId, displayName: 'Grace' });
    expect(lateName).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect((await coachCall<CoachOverview>(client, { action: 'list' })).body.notesForMe).toHaveLength(1);
  });
});
