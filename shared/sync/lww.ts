// Last writer wins, per record, by the edit time. Shared by pull-apply and conflict handling.
import type { PulledChange } from './protocol.ts';

export type Decision = { kind: 'put'; row: Record<string, unknown> } | { kind: 'delete' } | { kind: 'skip' };

/**
 * What to do locally with a server version. `localUpdatedAt` is the local row's edit time (undefined when
 * there is no local row); `pendingLocal` means the outbox still holds an unpushed edit of this record,
 * which the server will judge when it arrives, so the local row stays as it is until then.
 */
export function decide(
  incoming: PulledChange,
  localUpdatedAt: string | undefined,
  pendingLocal: boolean,
): Decision {
  if (pendingLocal) return { kind: 'skip' };
  const incomingMs = Date.parse(incoming.updated_at);
  const localMs = localUpdatedAt === undefined ? undefined : Date.parse(localUpdatedAt);
  if (incoming.op === 'delete') {
    return localMs === undefined || localMs > incomingMs ? { kind: 'skip' } : { kind: 'delete' };
  }
  if (localMs !== undefined && localMs >= incomingMs) return { kind: 'skip' };
  return { kind: 'put', row: incoming.row };
}
