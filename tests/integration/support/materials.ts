// Calling generate-materials as a signed-in user, scripting the provider stand-ins, reading ai_events.
import pg from 'pg';
import { inject } from 'vitest';
import type { Behaviour, Received } from '../../../backend/local/ai-standin/control.ts';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../../backend/local/jwks-key.ts';
import { REPO_ROOT } from '../../../backend/local/stack.ts';
import { job, profile } from '../../../shared/materials/testing.ts';

const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
export const pool = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
export const standins = { openai: inject('openAiStandinUrl'), anthropic: inject('anthropicStandinUrl') };

export async function script(which: keyof typeof standins, steps: Behaviour[], latencyMs = 0) {
  await fetch(`${standins[which]}/__standin/script`, {
    method: 'POST',
    body: JSON.stringify({ script: steps, latencyMs }),
  });
}

export async function received(which: keyof typeof standins): Promise<Received[]> {
  return (await fetch(`${standins[which]}/__standin/received`)).json();
}

export async function generate(sub: string | null, body: Record<string, unknown>) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sub) headers.authorization = `Bearer ${await signLocalToken(key, sub)}`;
  const started = performance.now();
  const response = await fetch(`${inject('functionsUrl')}/generate-materials`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ kind: 'resume', profile, job, ...body }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown> & {
      fallback: { code: string; message: string } | null;
    },
    ms: performance.now() - started,
  };
}

export async function events(sub: string) {
  const { rows } = await pool.query(
    'select provider, model, status, error_code, input_tokens, output_tokens, latency_ms, artifact_kind from public.ai_events where user_id = $1 order by created_at, id',
    [sub],
  );
  return rows as Array<{
    provider: string;
    status: string;
    error_code: string | null;
    input_tokens: number | null;
  }>;
}

let n = 0;
/** A fresh user per test: quotas and events never leak between tests. */
export const newUser = (label: string) => `user_mat_${label}_${Date.now()}_${++n}`;
