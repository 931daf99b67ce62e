// Realtime on hosted projects: a change to the user's applications (e.g. a Skyvern submission settling on
// the server) triggers a sync at once instead of at the next poll. The local stack has no Realtime server,
// so there (and whenever the socket is down) the runner's polling is the fallback.
import { isLoopback } from '../auth/config.ts';

/** The part of a supabase-js client used here. */
export interface RealtimeClientLike {
  channel(name: string): RealtimeChannelLike;
  removeChannel(channel: RealtimeChannelLike): Promise<unknown>;
}
export interface RealtimeChannelLike {
  on(
    type: 'postgres_changes',
    filter: { event: '*'; schema: string; table: string; filter: string },
    callback: () => void,
  ): RealtimeChannelLike;
  subscribe(): RealtimeChannelLike;
}

export interface ApplicationsWatch {
  /** Subscribe for this backend and user (no-op when unchanged; resubscribes when either changes). */
  update(target: { url: string; userId: string; client: RealtimeClientLike } | null): void;
}

export function watchApplications(onChange: () => void): ApplicationsWatch {
  let current: { key: string; client: RealtimeClientLike; channel: RealtimeChannelLike } | null = null;
  return {
    update(target) {
      const key = target && !isLoopback(target.url) ? `${target.url}|${target.userId}` : null;
      if (current?.key === key) return;
      if (current) void current.client.removeChannel(current.channel).catch(() => undefined);
      current = null;
      if (!target || !key) return;
      const channel = target.client
        .channel(`applications:${target.userId}`)
        .on(
          'postgres_changes',
          { event: '*', schema: 'public', table: 'applications', filter: `user_id=eq.${target.userId}` },
          onChange,
        )
        .subscribe();
      current = { key, client: target.client, channel };
    },
  };
}
