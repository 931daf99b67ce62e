import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isLoopbackUrl, LOCAL_PRESETS } from '../../shared/ai/local.ts';
import { db } from '../lib/db/database.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { LOCAL_MODEL_KEY, type LocalModelSettings as Settings } from '../lib/services/materials.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';

/** Where the user's own model listens (loopback only: nothing leaves the machine). */
export function LocalModelSettings() {
  const saved = useLiveQuery(
    async () => (await db().settings.get(LOCAL_MODEL_KEY))?.value as Settings | undefined,
    [],
  );
  const [draft, setDraft] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ??
    saved ?? { baseUrl: LOCAL_PRESETS.ollama.baseUrl, model: LOCAL_PRESETS.ollama.model };
  const save = async () => {
    if (!isLoopbackUrl(value.baseUrl))
      return setError(
        'Use a loopback address (localhost or 127.0.0.1): a local model never leaves this machine.',
      );
    setError(null);
    await bg.sendMessage('setLocalModel', value);
    setDraft(null);
  };
  return (
    <details className="small" data-testid="local-model">
      <summary>Local model {saved ? `· ${saved.model} at ${saved.baseUrl}` : '· not set up'}</summary>
      <div className="stack">
        <div className="row">
          {Object.values(LOCAL_PRESETS).map((p) => (
            <button
              key={p.label}
              type="button"
              onClick={() => setDraft({ baseUrl: p.baseUrl, model: p.model })}
            >
              {p.label}
            </button>
          ))}
        </div>
        <label>
          Server address (OpenAI-compatible)
          <input value={value.baseUrl} onChange={(e) => setDraft({ ...value, baseUrl: e.target.value })} />
        </label>
        <label>
          Model
          <input value={value.model} onChange={(e) => setDraft({ ...value, model: e.target.value })} />
        </label>
        <button type="button" onClick={() => void save()}>
          Save local model
        </button>
        <ErrorLine error={error} small />
        <p className="muted">
          Ollama answers extensions only when allowed: set OLLAMA_ORIGINS=chrome-extension://* and restart it.
          LM Studio: start its server with CORS on.
        </p>
      </div>
    </details>
  );
}
