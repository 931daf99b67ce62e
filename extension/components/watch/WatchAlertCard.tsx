import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { canonicalUrl } from '../../../shared/capture/identity.ts';
import { WATCHED_ATS_NAMES, type WatchAlert } from '../../../shared/watch/alert.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { outcomeLine } from './outcome.ts';

/** One followed company: its status line, the postings it found (newest first), and its controls. */
export function WatchAlertCard({ alert }: { alert: WatchAlert }) {
  const check = useLiveQuery(() => db().watchChecks.get(alert.id), [alert.id]);
  const found = useLiveQuery(
    async () =>
      (await db().watchSeen.where('alertId').equals(alert.id).toArray())
        .filter((s) => s.matched)
        .sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt) || (b.score ?? 0) - (a.score ?? 0))
        .slice(0, 10),
    [alert.id],
  );
  const saved = useLiveQuery(async () => {
    const urls = found?.map((f) => canonicalUrl(f.url)) ?? [];
    return new Set((await db().jobs.where('canonicalUrl').anyOf(urls).toArray()).map((j) => j.canonicalUrl));
  }, [found]);
  const [error, setError] = useState<string | null>(null);
  const act = (p: Promise<unknown>) => void p.catch((e) => setError((e as Error).message));
  const status = outcomeLine(alert, check);
  const criteria = [
    alert.criteria.titles.length ? `titles: ${alert.criteria.titles.join(', ')}` : null,
    alert.criteria.locations.length ? `in ${alert.criteria.locations.join(', ')}` : null,
    alert.criteria.remoteOnly ? 'remote only' : null,
    `match ≥ ${alert.minScore}`,
  ].filter(Boolean);
  return (
    <li className="card stack" aria-label={`Watch ${alert.name}`} data-testid="watch-alert">
      <div className="row">
        <strong>{alert.name}</strong>
        <span className="small muted">
          {WATCHED_ATS_NAMES[alert.ats]} · {alert.board} · {alert.frequency} · {criteria.join(' · ')}
        </span>
      </div>
      <p className={status.error ? 'notice error small' : 'small muted'} data-testid="watch-status">
        {status.text}
      </p>
      {found && found.length > 0 && (
        <ul className="stack small" aria-label={`Found at ${alert.name}`}>
          {found.map((f) => (
            <li key={f.id} className="row">
              <a href={f.url} target="_blank" rel="noreferrer">
                {f.title}
              </a>
              <span className="muted">
                {f.score === null ? 'no score' : `match ${f.score}`}
                {f.location ? ` · ${f.location}` : ''}
              </span>
              <span style={{ flex: 1 }} />
              {saved?.has(canonicalUrl(f.url)) ? (
                <span className="muted">Saved</span>
              ) : (
                <button
                  type="button"
                  onClick={() => act(bg.sendMessage('saveWatchedPosting', { seenId: f.id }))}
                >
                  Save
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="row small">
        <select
          style={{ width: 'auto' }}
          aria-label={`How often to check ${alert.name}`}
          value={alert.frequency}
          onChange={(e) =>
            act(
              bg.sendMessage('updateWatch', {
                id: alert.id,
                patch: { frequency: e.target.value as 'daily' | 'weekly' },
              }),
            )
          }
        >
          <option value="daily">daily</option>
          <option value="weekly">weekly</option>
        </select>
        <button
          type="button"
          onClick={() =>
            act(bg.sendMessage('updateWatch', { id: alert.id, patch: { enabled: !alert.enabled } }))
          }
        >
          {alert.enabled ? 'Pause' : 'Resume'}
        </button>
        <button type="button" onClick={() => act(bg.sendMessage('unwatch', { id: alert.id }))}>
          Stop watching
        </button>
      </div>
      <ErrorLine error={error} small />
    </li>
  );
}
