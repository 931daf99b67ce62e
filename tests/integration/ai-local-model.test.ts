// The bring-your-own-model path as the background calls it: a loopback OpenAI-compatible server that
// behaves like Ollama (no key, `max_tokens`, an empty 403 for extension origins not in OLLAMA_ORIGINS).
import { afterAll, describe, expect, it } from 'vitest';
import { startOpenAiStandin } from '../../backend/local/ai-standin/openai.ts';
import { createProvider } from '../../shared/ai/client.ts';
import { ProviderError } from '../../shared/ai/types.ts';
import { MaterialOptions } from '../../shared/materials/index.ts';
import { job, profile } from '../../shared/materials/testing.ts';
import { generateWithProvider } from '../../shared/materials/with-provider.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const allowed = await startOpenAiStandin({ ollama: true, allowedOrigins: [ORIGIN] });
const refusing = await startOpenAiStandin({ ollama: true });
afterAll(async () => {
  await allowed.stop();
  await refusing.stop();
});

// The service worker's fetch sends its Origin on POST; Node's does not, so the test adds it.
const extensionFetch = (url: string, init: RequestInit) =>
  fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), origin: ORIGIN } });
const local = (baseUrl: string) =>
  createProvider(
    { kind: 'local', baseUrl: `${baseUrl}/v1`, model: 'llama3.1:8b', timeoutMs: 5_000, origin: ORIGIN },
    { fetch: extensionFetch },
  );

describe('local model (Ollama-like)', () => {
  it('generates a grounded resume with no key, sending max_tokens', async () => {
    const out = await generateWithProvider(
      local(allowed.url),
      'resume',
      profile,
      job,
      MaterialOptions.parse({}),
    );
    expect(out.doc.kind).toBe('resume');
    expect(out.notes).toEqual([]);
    const body = allowed.state.received[0].body as Record<string, unknown>;
    expect(body.max_tokens).toBeGreaterThan(0);
    expect(body.max_completion_tokens).toBeUndefined();
    expect(allowed.state.received[0].headers.authorization).toBeUndefined();
  });

  it('turns the empty 403 into the exact OLLAMA_ORIGINS advice', async () => {
    const error = await generateWithProvider(
      local(refusing.url),
      'resume',
      profile,
      job,
      MaterialOptions.parse({}),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.code).toBe('forbidden_origin');
    expect(error.message).toContain(`OLLAMA_ORIGINS=${ORIGIN}`);
  });
});
