import { useLiveQuery } from 'dexie-react-hooks';
import {
  AUTO_APPLY_DECISION_LABELS,
  type AutoApplyRuleRecord,
} from '../../../../shared/submission/auto-apply-rules.ts';
import { SkyvernSubmit } from '../../../components/SkyvernSubmit.tsx';
import { db } from '../../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../../lib/messaging.ts';

const LOG_ROWS = 50;

/** Proposals waiting for the user (each approved through the ordinary review) and the decision log. */
export function AutoApplyActivity({ rules }: { rules: AutoApplyRuleRecord[] }) {
  const data = useLiveQuery(async () => {
    const log = await db().autoApplyLog.orderBy('at').reverse().toArray();
    const jobs = new Map((await db().jobs.toArray()).map((j) => [j.id, j]));
    const latest = new Map<string, (typeof log)[number]>();
    for (const e of log) if (!latest.has(e.jobId)) latest.set(e.jobId, e);
    const proposals = [...latest.values()]
      .filter((e) => e.decision === 'needs_review' && jobs.get(e.jobId)?.stage === 'saved')
      .map((e) => ({ entry: e, job: jobs.get(e.jobId)! }));
    return { log: log.slice(0, LOG_ROWS), jobs, proposals };
  }, []);
  const ruleName = (id: string) => rules.find((r) => r.id === id)?.name ?? 'A deleted rule';
  if (!data) return null;
  return (
    <>
      <section className="stack" aria-labelledby="proposals-h">
        <h3 id="proposals-h">Proposals waiting for you</h3>
        {data.proposals.length === 0 && (
          <p className="empty">No proposals. Rules propose jobs that fit them.</p>
        )}
        <ul className="stack" aria-label="Proposals">
          {data.proposals.map(({ entry, job }) => (
            <li key={entry.id} className="card stack" aria-label={`Proposal: ${job.title}`}>
              <p>
                <strong>{job.title}</strong> · {job.company}
                <br />
                <span className="small muted">
                  {ruleName(entry.ruleId)}: {entry.reason}
                </span>
              </p>
              <SkyvernSubmit job={job} />
              <button type="button" onClick={() => void bg.sendMessage('dismissProposal', { jobId: job.id })}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="auto-log-h">
        <h3 id="auto-log-h">Decision log</h3>
        {data.log.length === 0 ? (
          <p className="empty">No decisions yet.</p>
        ) : (
          <table className="small">
            <caption className="muted">The latest {LOG_ROWS} decisions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Rule</th>
                <th scope="col">Job</th>
                <th scope="col">Decision</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {data.log.map((e) => (
                <tr key={e.id} data-decision={e.decision}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td>{ruleName(e.ruleId)}</td>
                  <td>{data.jobs.get(e.jobId)?.title ?? 'A deleted job'}</td>
                  <td>{AUTO_APPLY_DECISION_LABELS[e.decision]}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
