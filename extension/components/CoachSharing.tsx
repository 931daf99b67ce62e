import { useCallback, useEffect, useState } from 'react';
import type { CoachOverview } from '../../shared/coach/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { CoachClientSide } from './CoachClientSide.tsx';
import { CoachCoachSide } from './CoachCoachSide.tsx';

/**
 * Account tab, signed in: coach sharing from both sides. Read live from the server as the user (nothing
 * of it is kept in this browser), refreshed after every action and by the Refresh button.
 */
export function CoachSharing({ syncEnabled }: { syncEnabled: boolean }) {
  const [overview, setOverview] = useState<CoachOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setOverview(await bg.sendMessage('coachOverview', undefined));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return (
    <section className="stack card" aria-label="Coach sharing">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>Coach sharing</strong>
        <button type="button" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      <ErrorLine error={error} small />
      {overview && (
        <>
          <CoachClientSide overview={overview} syncEnabled={syncEnabled} onChange={refresh} />
          <CoachCoachSide relationships={overview.asCoach} onChange={refresh} />
        </>
      )}
    </section>
  );
}
