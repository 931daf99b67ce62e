import { useState } from 'react';
import { type GroupFigures, type PipelineAnalytics, sameFigures } from '../../../shared/analytics/index.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { percent } from './format.ts';

type Outcome = { ok: true; server: PipelineAnalytics } | { ok: false; message: string };

const ROWS: [string, (g: GroupFigures) => string][] = [
  ['Jobs', (g) => String(g.jobs)],
  ['Applied', (g) => String(g.funnel.applied)],
  ['Offers', (g) => String(g.funnel.offer)],
  ['Response rate', (g) => percent(g.responseRate)],
];

/** Asks the analytics function for the same figures over this account's synced data, and says whether they agree. */
export function ServerComparison({ local }: { local: PipelineAnalytics }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const compare = async () => {
    setBusy(true);
    try {
      setOutcome({ ok: true, server: await bg.sendMessage('serverAnalytics', undefined) });
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="server-title">
      <h2 id="server-title">Synced data</h2>
      <button type="button" disabled={busy} onClick={() => void compare()}>
        {busy ? 'Asking the server…' : 'Compare with synced data'}
      </button>
      <div role="status" data-testid="server-comparison">
        {outcome && !outcome.ok && <p>{outcome.message}</p>}
        {outcome?.ok && (
          <>
            <p>
              {sameFigures(outcome.server, local)
                ? 'The server computes the same figures from your synced data.'
                : 'The server’s figures differ: changes made here may not have synced yet.'}
            </p>
            <table className="figures narrow" data-testid="server-table">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">This browser</th>
                  <th scope="col">Synced data</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map(([name, value]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td>{value(local.overall)}</td>
                    <td>{value(outcome.server.overall)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
