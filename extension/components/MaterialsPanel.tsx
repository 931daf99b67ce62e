import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Job } from '../../shared/domain/index.ts';
import { CULTURES, inVersionOrder, LENGTHS, type MaterialKind, TONES } from '../../shared/materials/index.ts';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { currentChoiceId, type MaterialVia, toMaterialJob } from '../lib/services/materials.ts';
import { LocalModelSettings } from './LocalModelSettings.tsx';
import { MaterialView } from './MaterialView.tsx';

const KINDS: Array<[MaterialKind, string]> = [
  ['resume', 'Tailored resume'],
  ['cover_letter', 'Cover letter'],
  ['answers', 'Answers to questions'],
  ['skills_optimization', 'Skills and gaps'],
  ['company_research', 'Company brief'],
];
const VIA: Array<[MaterialVia, string]> = [
  ['deterministic', 'Generate without a model'],
  ['local', 'With my local model'],
  ['hosted', 'With the hosted model'],
];
const SOURCE: Record<string, string> = { deterministic: 'no model', user: 'your edit', local: 'local model' };

/** Materials for one job: generate, browse versions, choose the one autofill uses, edit. */
export function MaterialsPanel({ job }: { job: Job }) {
  const [kind, setKind] = useState<MaterialKind>('resume');
  const [options, setOptions] = useState({ tone: 'formal', length: 'standard', culture: 'corporate' });
  const [questions, setQuestions] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const profile = useLiveQuery(() => db().profiles.toCollection().first(), []);
  const versions = useLiveQuery(
    async () =>
      inVersionOrder(
        (await db().artifacts.where('jobId').equals(job.id).toArray()).filter((a) => a.kind === kind),
      ),
    [job.id, kind],
  );
  const current = useLiveQuery(() => currentChoiceId(db(), job.id, kind), [job.id, kind]);
  const shown = versions?.find((v) => v.id === (viewing ?? current)) ?? versions?.at(-1);

  const generate = async (via: MaterialVia) => {
    setBusy(true);
    setError(null);
    try {
      const lines = questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean);
      const outcome = await bg.sendMessage('generateMaterial', {
        jobId: job.id,
        kind,
        via,
        options: { ...options, questions: lines } as never,
      });
      if (outcome.ok) setViewing(null);
      else setError(outcome.message);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const select = (label: string, key: 'tone' | 'length' | 'culture', values: readonly string[]) => (
    <label>
      {label}
      <select value={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.value })}>
        {values.map((v) => (
          <option key={v} value={v}>
            {v.replace('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="stack" aria-label="Materials" data-testid="materials">
      <h3>Materials</h3>
      <label>
        Kind
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as MaterialKind);
            setViewing(null);
          }}
        >
          {KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {kind === 'cover_letter' && (
        <div className="row small">
          {select('Tone', 'tone', TONES)}
          {select('Length', 'length', LENGTHS)}
          {select('Company culture', 'culture', CULTURES)}
        </div>
      )}
      {kind === 'answers' && (
        <label>
          Questions (one per line)
          <textarea value={questions} onChange={(e) => setQuestions(e.target.value)} rows={3} />
        </label>
      )}
      <div className="row">
        {VIA.map(([via, label]) => (
          <button
            key={via}
            type="button"
            disabled={busy}
            className={via === 'deterministic' ? 'primary' : undefined}
            onClick={() => void generate(via)}
          >
            {label}
          </button>
        ))}
      </div>
      <LocalModelSettings />
      {busy && <p className="small muted">Generating…</p>}
      {error && (
        <p className="notice error small" role="alert" data-testid="materials-error">
          {error}
        </p>
      )}
      {versions && versions.length > 0 && (
        <ol className="small" data-testid="material-versions">
          {versions.map((v, i) => (
            <li key={v.id}>
              <button
                type="button"
                className="linkish"
                onClick={() => setViewing(v.id)}
                aria-pressed={shown?.id === v.id}
              >
                Version {i + 1} · {SOURCE[v.provider ?? ''] ?? v.provider} ·{' '}
                {new Date(v.createdAt).toLocaleTimeString()}
              </button>
              {v.id === current ? (
                <strong> (chosen)</strong>
              ) : (
                <button
                  type="button"
                  className="linkish"
                  onClick={() => void bg.sendMessage('chooseMaterial', { artifactId: v.id })}
                >
                  Use this version
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {shown && profile && (
        <MaterialView key={shown.id} artifact={shown} profile={profile} job={toMaterialJob(job)} />
      )}
    </section>
  );
}
