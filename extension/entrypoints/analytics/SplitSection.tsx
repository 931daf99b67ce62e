import type { GroupFigures, Split } from '../../../shared/analytics/index.ts';
import { BarChart } from './BarChart.tsx';
import { days, percent } from './format.ts';

const TITLES: Record<Split, { heading: string; column: string; chart: string }> = {
  board: { heading: 'By board', column: 'Board', chart: 'Response rate by board' },
  persona: { heading: 'By persona', column: 'Persona', chart: 'Response rate by persona' },
  week: { heading: 'By week of applying', column: 'Week', chart: 'Applications per week' },
};

/** One split's groups: a chart (response rate, or applications per week) and every figure in a table. */
export function SplitSection(props: {
  split: Split;
  groups: GroupFigures[];
  nameOf: (key: string | null) => string;
}) {
  const { split, groups, nameOf } = props;
  const t = TITLES[split];
  const tableId = `split-${split}-table`;
  const bars = groups.map((g) =>
    split === 'week'
      ? { label: nameOf(g.key), value: g.funnel.applied, text: String(g.funnel.applied) }
      : { label: nameOf(g.key), value: g.responseRate ?? 0, text: percent(g.responseRate) },
  );
  return (
    <section aria-labelledby={`split-${split}-title`}>
      <h2 id={`split-${split}-title`}>{t.heading}</h2>
      {groups.length === 0 ? (
        <p>Nothing applied to yet.</p>
      ) : (
        <div className="figure-row">
          <BarChart name={t.chart} tableId={tableId} bars={bars} max={split === 'week' ? undefined : 1} />
          <table className="figures" id={tableId} data-testid={tableId}>
            <thead>
              <tr>
                <th scope="col">{t.column}</th>
                <th scope="col">Jobs</th>
                <th scope="col">Applied</th>
                <th scope="col">Interviewing</th>
                <th scope="col">Offer</th>
                <th scope="col">Response rate</th>
                <th scope="col">Median days applied</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key ?? ''}>
                  <th scope="row">{nameOf(g.key)}</th>
                  <td>{g.jobs}</td>
                  <td>{g.funnel.applied}</td>
                  <td>{g.funnel.interviewing}</td>
                  <td>{g.funnel.offer}</td>
                  <td>{percent(g.responseRate)}</td>
                  <td>{days(g.stageTimes.find((s) => s.stage === 'applied')?.medianDays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
