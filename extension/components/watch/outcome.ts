import type { WatchAlert, WatchCheck } from '../../../shared/watch/alert.ts';
import { timeAgo } from '../../lib/ui/time.ts';

/**
 * One line on how this browser's last check of the alert went: when it ran, what it found, or the error.
 * Each device checks on its own (an alert synced from another device starts unchecked here).
 */
export function outcomeLine(
  alert: Pick<WatchAlert, 'enabled'>,
  check: WatchCheck | undefined,
): { text: string; error: boolean } {
  const o = check?.lastOutcome ?? null;
  const when = check?.lastRunAt ? `Checked ${timeAgo(check.lastRunAt)}` : 'Not checked from this browser yet';
  if (!alert.enabled) return { text: `Paused. ${when}.`, error: false };
  if (!o) return { text: `${when}.`, error: false };
  switch (o.kind) {
    case 'ok':
      return {
        text: `${when}: ${o.total} open posting${o.total === 1 ? '' : 's'}, ${o.fresh} new, ${o.notified} matched.`,
        error: false,
      };
    case 'not-modified':
      return { text: `${when}: no change on the board.`, error: false };
    default:
      return { text: `${when}: ${o.message}`, error: true };
  }
}
