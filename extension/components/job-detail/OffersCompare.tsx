import { useLiveQuery } from 'dexie-react-hooks';
import { compareOffers, type NormalizedOffer } from '../../../shared/offers/compare.ts';
import { db } from '../../lib/db/database.ts';
import { money } from './money.ts';

type Row = [label: string, cell: (o: NormalizedOffer) => string];

const figure = (f: NormalizedOffer['bonus'], currency: string) =>
  f.yearly !== null ? `${money(f.yearly, currency)}${f.text ? ` (${f.text})` : ''}` : f.text || '—';

/** Offers on the table across every job, side by side, each figure per year; the highest total is marked. */
export function OffersCompare() {
  const data = useLiveQuery(async () => {
    const all = await db().offers.toArray();
    const saved = await db().jobs.bulkGet([...new Set(all.map((o) => o.jobId))]);
    const jobs = new Map(saved.filter((j) => !!j).map((j) => [j!.id, j!]));
    // An offer whose job was deleted here (its rows outlive it locally; the server cascades) is left out.
    return { comparison: compareOffers(all.filter((o) => jobs.has(o.jobId))), jobs };
  }, []);
  if (!data) return <p className="muted">Loading…</p>;
  const { comparison, jobs } = data;
  const rows: Row[] = [
    // A base paid by the hour, day, week or month shows what was offered beside its yearly figure.
    [
      'Base / year',
      (o) => (o.base.text.endsWith('a year') ? money(o.base.yearly, o.currency) : figure(o.base, o.currency)),
    ],
    ['Bonus / year', (o) => figure(o.bonus, o.currency)],
    ['Equity / year', (o) => figure(o.equity, o.currency)],
    ['Total / year', (o) => money(o.total, o.currency)],
    ...(comparison.mixedCurrencies ? [['Total ≈ USD', (o) => money(o.totalUsd, 'USD')] as Row] : []),
    ['Start date', (o) => o.startDate ?? '—'],
    ['Respond by', (o) => o.respondBy ?? '—'],
    ['Benefits', (o) => o.benefits || '—'],
  ];
  return (
    <section aria-labelledby="compare-h">
      <h1 id="compare-h" style={{ margin: '12px 0' }}>
        Compare offers
      </h1>
      {comparison.offers.length === 0 ? (
        <p className="empty">No open offers yet. Add one on a job's page.</p>
      ) : (
        <>
          <table className="compare-table" aria-label="Offers side by side">
            <thead>
              <tr>
                <th scope="col">Per year</th>
                {comparison.offers.map((o) => {
                  const job = jobs.get(o.jobId)!;
                  return (
                    <th key={o.offerId} scope="col" className={o.offerId === comparison.bestId ? 'best' : ''}>
                      <a href={`/job.html?id=${o.jobId}`}>
                        {job.title} — {job.company}
                      </a>
                      {o.offerId === comparison.bestId && <div className="small">Highest yearly total</div>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {comparison.offers.map((o) => (
                    <td key={o.offerId} className={o.offerId === comparison.bestId ? 'best' : ''}>
                      {cell(o)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted">
            Hourly, daily, weekly and monthly pay are counted over a working year (2,080 hours, 260 days, 52
            weeks, 12 months); a bonus in % is a share of the yearly base; an equity grant "over N years" is
            spread across them.
            {comparison.mixedCurrencies &&
              ' Offers in different currencies are ranked by an approximate US dollar value.'}
          </p>
        </>
      )}
    </section>
  );
}
