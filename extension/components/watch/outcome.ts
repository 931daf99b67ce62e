import type { WatchAlert } from '../../../shared/watch/alert.ts';
import { timeAgo } from '../../lib/ui/time.ts';

/** One line on how the alert's last check went: when it ran, what it found, or the error. */
export function outcomeLine(alert: WatchAlert): { text: string; error: boolean } {
  const o = alert.lastOutcome;
  const when = alert.lastRunAt ? `Checked ${timeAgo(alert.lastRunAt)}` : 'Not checked yet';
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
