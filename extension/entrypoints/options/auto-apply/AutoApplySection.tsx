import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { newId, nowIso } from '../../../../shared/domain/index.ts';
import { type AutoApplyRuleRecord, defaultRule } from '../../../../shared/submission/auto-apply-rules.ts';
import { db } from '../../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../../lib/messaging.ts';
import { AutoApplyActivity } from './AutoApplyActivity.tsx';
import { RuleForm } from './RuleForm.tsx';

function summary(r: AutoApplyRuleRecord): string {
  const parts = [`match ≥ ${r.minScore}`, `${r.weeklyCap}/week`];
  if (r.includeCompanies.length) parts.push(`only ${r.includeCompanies.join(', ')}`);
  if (r.excludeCompanies.length) parts.push(`not ${r.excludeCompanies.join(', ')}`);
  if (r.requiredKeywords.length) parts.push(`needs ${r.requiredKeywords.join(', ')}`);
  parts.push(r.dryRun ? 'dry run' : r.autoApprove ? 'auto-approves' : 'proposes');
  if (!r.enabled) parts.push('off');
  return parts.join(' · ');
}

/** Auto-apply: rules that propose (or, opted in, queue) Skyvern submissions, their proposals and log. */
export function AutoApplySection() {
  const rules = useLiveQuery(
    async () => (await db().autoApplyRules.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [],
  );
  const [editing, setEditing] = useState<AutoApplyRuleRecord | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async () => {
    setMessage(null);
    try {
      const logged = await bg.sendMessage('runAutoApply', undefined);
      setMessage(
        logged.length ? `${logged.length} new decision(s): see the log below.` : 'Nothing new to decide.',
      );
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <section className="card stack" aria-labelledby="auto-apply-h">
      <h2 id="auto-apply-h">Auto-apply rules</h2>
      <p className="muted small">
        A rule looks at saved jobs that fit it and proposes each one for your approval. Only if you tick
        "Auto-approve within this rule" does it queue them for Skyvern itself, never more than its weekly cap.
        Every decision is logged with its reason.
      </p>
      {rules?.length === 0 && !editing && (
        <p className="empty">No rules yet. Add one; nothing is sent until you approve it.</p>
      )}
      <ul className="stack" aria-label="Rules">
        {rules?.map((r) => (
          <li key={r.id} className="row">
            <strong>{r.name}</strong> <span className="small muted">{summary(r)}</span>
            <button type="button" onClick={() => setEditing(r)}>
              Edit {r.name}
            </button>
            <button type="button" onClick={() => void bg.sendMessage('deleteAutoApplyRule', { id: r.id })}>
              Delete {r.name}
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <RuleForm key={editing.id} rule={editing} onDone={() => setEditing(null)} />
      ) : (
        <div className="row">
          <button type="button" onClick={() => setEditing(defaultRule(newId(), nowIso()))}>
            Add a rule
          </button>
          <button type="button" onClick={() => void run()} disabled={!rules?.length}>
            Run rules now
          </button>
        </div>
      )}
      {message && (
        <p className="small" role="status">
          {message}
        </p>
      )}
      <AutoApplyActivity rules={rules ?? []} />
    </section>
  );
}
