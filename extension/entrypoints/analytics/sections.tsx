import { FUNNEL_STAGES, type GroupFigures } from '../../../shared/analytics/index.ts';
import { STAGE_LABELS } from '../../../shared/domain/stage-names.ts';
import { BarChart } from './BarChart.tsx';
import { days, percent } from './format.ts';

const share = (part: number, whole: number) => (whole ? part / whole : null);

export function FunnelSection({ figures }: { figures: GroupFigures }) {
  const { funnel } = figures;
  return (
    <section aria-labelledby="funnel-title">
      <h2 id="funnel-title">Funnel</h2>
      <div className="figure-row">
        <BarChart
          name="Funnel: jobs that reached each stage"
          tableId="funnel-table"
          bars={FUNNEL_STAGES.map((s) => ({
            label: STAGE_LABELS[s],
            value: funnel[s],
            text: String(funnel[s]),
          }))}
        />
        <table className="figures" id="funnel-table" data-testid="funnel-table">
          <caption>Jobs that reached each stage (or passed it)</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Jobs</th>
              <th scope="col">Of saved</th>
              <th scope="col">From previous stage</th>
            </tr>
          </thead>
          <tbody>
            {FUNNEL_STAGES.map((s, i) => {
              const previous = FUNNEL_STAGES[i - 1];
              return (
                <tr key={s} data-testid={`funnel-${s}`}>
                  <th scope="row">{STAGE_LABELS[s]}</th>
                  <td>{funnel[s]}</td>
                  <td>{percent(share(funnel[s], funnel.saved))}</td>
                  <td>{previous ? percent(share(funnel[s], funnel[previous])) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ResponseSection({ figures }: { figures: GroupFigures }) {
  const applied = figures.funnel.applied;
  return (
    <section aria-labelledby="response-title">
      <h2 id="response-title">Response rate</h2>
      <p className="headline" data-testid="response-rate">
        {percent(figures.responseRate)}
      </p>
      <table className="figures narrow" data-testid="response-table">
        <caption>Applications that heard back (screening, interviews, offers or a rejection)</caption>
        <tbody>
          <tr>
            <th scope="row">Applied</th>
            <td>{applied}</td>
          </tr>
          <tr>
            <th scope="row">Heard back</th>
            <td>{figures.responded}</td>
          </tr>
          <tr>
            <th scope="row">No reply yet or ghosted</th>
            <td>{applied - figures.responded}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function StageTimeSection({ figures }: { figures: GroupFigures }) {
  const times = figures.stageTimes;
  return (
    <section aria-labelledby="time-title">
      <h2 id="time-title">Time in each stage</h2>
      {times.length === 0 ? (
        <p>No job has left a stage yet: times appear once a job moves on.</p>
      ) : (
        <div className="figure-row">
          <BarChart
            name="Median days in each stage"
            tableId="time-table"
            bars={times.map((t) => ({
              label: STAGE_LABELS[t.stage],
              value: t.medianDays,
              text: days(t.medianDays),
            }))}
          />
          <table className="figures" id="time-table" data-testid="time-table">
            <caption>Completed stays, from one stage change to the next</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Stays</th>
                <th scope="col">Median</th>
                <th scope="col">Mean</th>
              </tr>
            </thead>
            <tbody>
              {times.map((t) => (
                <tr key={t.stage} data-testid={`time-${t.stage}`}>
                  <th scope="row">{STAGE_LABELS[t.stage]}</th>
                  <td>{t.intervals}</td>
                  <td>{days(t.medianDays)}</td>
                  <td>{days(t.meanDays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
