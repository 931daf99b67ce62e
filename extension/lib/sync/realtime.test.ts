// Realtime is used only against hosted projects, filtered to the signed-in user's applications, and the
// subscription follows account and backend changes; the local stack relies on polling.
import { describe, expect, it } from 'vitest';
import { type RealtimeChannelLike, type RealtimeClientLike, watchApplications } from './realtime.ts';

function fakeClient() {
  const subscribed: Array<{ name: string; filter: unknown; fire: () => void }> = [];
  const removed: string[] = [];
  const client: RealtimeClientLike = {
    channel(name) {
      const entry = { name, filter: null as unknown, fire: () => {} };
      const channel: RealtimeChannelLike = {
        on(_type, filter, callback) {
          entry.filter = filter;
          entry.fire = callback;
          return channel;
        },
        subscribe() {
          subscribed.push(entry);
          return channel;
        },
      };
      (channel as unknown as { name: string }).name = name;
      return channel;
    },
    async removeChannel(channel) {
      removed.push((channel as unknown as { name: string }).name);
    },
  };
  return { client, subscribed, removed };
}

describe('watchApplications', () => {
  it('subscribes on a hosted backend with the user filter, and a change asks for a sync', () => {
    let syncs = 0;
    const { client, subscribed } = fakeClient();
    const watch = watchApplications(() => syncs++);
    watch.update({ url: 'https://abc.supabase.co', userId: 'user_1', client });
    watch.update({ url: 'https://abc.supabase.co', userId: 'user_1', client });
    expect(subscribed).toHaveLength(1);
    expect(subscribed[0]?.filter).toEqual({
      event: '*',
      schema: 'public',
      table: 'applications',
      filter: 'user_id=eq.user_1',
    });
    subscribed[0]?.fire();
    expect(syncs).toBe(1);
  });

  it('never subscribes against the local stack; drops the channel on sign-out or another account', () => {
    const { client, subscribed, removed } = fakeClient();
    const watch = watchApplications(() => {});
    watch.update({ url: 'http://127.0.0.1:54321', userId: 'user_1', client });
    expect(subscribed).toEqual([]);
    watch.update({ url: 'https://abc.supabase.co', userId: 'user_1', client });
    watch.update({ url: 'https://abc.supabase.co', userId: 'user_2', client });
    watch.update(null);
    expect(subscribed.map((s) => s.name)).toEqual(['applications:user_1', 'applications:user_2']);
    expect(removed).toEqual(['applications:user_1', 'applications:user_2']);
  });
});
