import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { AutoApplyRuleRecord } from '../../../../shared/submission/auto-apply-rules.ts';
import { db } from '../../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../../lib/messaging.ts';
import { useAct } from '../../../lib/ui/use-act.ts';
import { ListField, TextField } from '../profile/fields.tsx';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const clean = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);

/** Create or edit one rule. Saving runs the rules once, so the log shows what the rule decides. */
export function RuleForm(props: { rule: AutoApplyRuleRecord; onDone: () => void }) {
  const [rule, setRule] = useState(props.rule);
  const { error, act } = useAct();
  const personas = useLiveQuery(() => db().personas.toArray(), []);
  const personaId = useId();
  const set = (patch: Partial<AutoApplyRuleRecord>) => setRule((r) => ({ ...r, ...patch }));
  const save = () =>
    act(async () => {
      await bg.sendMessage('saveAutoApplyRule', {
        ...rule,
        includeCompanies: clean(rule.includeCompanies),
        excludeCompanies: clean(rule.excludeCompanies),
        requiredKeywords: clean(rule.requiredKeywords),
      });
      props.onDone();
    });
  const check = (label: string, key: 'enabled' | 'dryRun' | 'autoApprove', hint: string) => (
    <label>
      <input type="checkbox" checked={rule[key]} onChange={(e) => set({ [key]: e.target.checked })} /> {label}{' '}
      <span className="muted small">{hint}</span>
    </label>
  );
  return (
    <form
      className="stack"
      aria-label="Auto-apply rule"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField label="Rule name" value={rule.name} onChange={(name) => set({ name })} />
      <label htmlFor={personaId}>
        Persona
        <select
          id={personaId}
          value={rule.personaId ?? ''}
          onChange={(e) => set({ personaId: e.target.value || null })}
        >
          <option value="">Any persona</option>
          {personas?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label="Minimum match score (0–100)"
        type="number"
        value={String(rule.minScore)}
        onChange={(v) => set({ minScore: Number(v) })}
      />
      <TextField
        label="Most applications per week"
        type="number"
        value={String(rule.weeklyCap)}
        onChange={(v) => set({ weeklyCap: Number(v) })}
      />
      <ListField
        label="Only these companies (comma-separated; empty: any)"
        values={rule.includeCompanies}
        onChange={(includeCompanies) => set({ includeCompanies })}
      />
      <ListField
        label="Never these companies"
        values={rule.excludeCompanies}
        onChange={(excludeCompanies) => set({ excludeCompanies })}
      />
      <ListField
        label="Required keywords (all must appear)"
        values={rule.requiredKeywords}
        onChange={(requiredKeywords) => set({ requiredKeywords })}
      />
      <fieldset className="row">
        <legend>Active days</legend>
        {DAYS.map((d, i) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={rule.activeDays.includes(i + 1)}
              onChange={(e) =>
                set({
                  activeDays: e.target.checked
                    ? [...rule.activeDays, i + 1].sort()
                    : rule.activeDays.filter((x) => x !== i + 1),
                })
              }
            />{' '}
            {d}
          </label>
        ))}
      </fieldset>
      {check('Rule is on', 'enabled', '')}
      {check('Dry run', 'dryRun', '(log what it would do; queue nothing)')}
      {check(
        'Auto-approve within this rule',
        'autoApprove',
        '(queue without asking me, up to the weekly cap; off: it proposes and I approve each)',
      )}
      {error && (
        <p role="alert" className="small">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit">Save rule</button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
