// generate-materials under real Deno with the real database, against the OpenAI-compatible and
// Anthropic stand-ins (tests/setup/integration-global.ts points the function's env at them).
import { afterAll, describe, expect, it } from 'vitest';
import { events, generate, newUser, pool, received, script } from './support/materials.ts';

afterAll(() => pool.end());

describe('generate-materials: requests and auth', () => {
  it('refuses a request without a Clerk token', async () => {
    const res = await generate(null, {});
    expect(res.status).toBe(401);
  });

  it('answers 400 with the failing paths for a malformed request', async () => {
    const res = await generate(newUser('bad'), { kind: 'poem', job: { id: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    expect(JSON.stringify(res.body.issues)).toContain('kind');
  });
});

describe('generate-materials through the OpenAI-compatible stand-in', () => {
  it('returns a grounded resume and records one ai_events row with tokens', async () => {
    const user = newUser('ok');
    await script('openai', ['ok']);
    const res = await generate(user, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      provider: 'openai',
      model: 'gpt-standin',
      attempts: 1,
      notes: [],
      fallback: null,
    });
    expect((res.body.doc as { kind: string }).kind).toBe('resume');
    const [call] = await received('openai');
    expect(call.headers.authorization).toBe('Bearer sk-test');
    expect(call.body).toMatchObject({
      model: 'gpt-standin',
      response_format: { type: 'json_schema', json_schema: { name: 'resume', strict: true } },
    });
    expect((call.body as Record<string, unknown>).max_completion_tokens).toBeGreaterThan(0);
    // Contact details never leave for the provider.
    expect(JSON.stringify(call.body)).not.toContain('ada@example.com');
    const rows = await events(user);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: 'openai',
      status: 'ok',
      error_code: null,
      artifact_kind: 'resume',
    });
    expect(rows[0].input_tokens).toBeGreaterThan(0);
  });

  it('regenerates a fabricating answer once and keeps the fixed one', async () => {
    const user = newUser('fab1');
    await script('openai', ['fabricate', 'ok']);
    const res = await generate(user, {});
    expect(res.body).toMatchObject({ attempts: 2, notes: [] });
    const second = (await received('openai'))[1].body as { messages: Array<{ content: string }> };
    expect(second.messages[1].content).toContain('not supported by the items they cite');
  });

  it('drops what a model keeps inventing, with a note per claim, and shows none of it', async () => {
    const user = newUser('fab2');
    await script('openai', ['fabricate', 'fabricate']);
    const res = await generate(user, { kind: 'cover_letter' });
    expect(res.body.attempts).toBe(2);
    const notes = res.body.notes as Array<{ text: string; reason: string }>;
    expect(notes.length).toBeGreaterThanOrEqual(4);
    for (const invented of ['Hooli', 'PhD', '73 clients', 'Kubernetes'])
      expect(JSON.stringify(res.body.doc)).not.toContain(invented);
    expect(notes.map((n) => n.reason).join(' ')).toMatch(/Left out: .*not in the items it cites/);
    expect(await events(user)).toHaveLength(2);
  });

  it('waits out a 429 as retry-after says, then succeeds', async () => {
    const user = newUser('429');
    await script('openai', ['rate_limit', 'ok']);
    const res = await generate(user, {});
    expect(res.status).toBe(200);
    expect(res.body.fallback).toBeNull();
    expect(res.ms).toBeGreaterThanOrEqual(1000);
    expect((await events(user)).map((e) => e.status)).toEqual(['rate_limited', 'ok']);
  });

  it('falls back to the deterministic path after three 500s, saying why', async () => {
    const user = newUser('500');
    await script('openai', ['server_error', 'server_error', 'server_error']);
    const res = await generate(user, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provider: 'deterministic', fallback: { code: 'server_error' } });
    expect(res.body.fallback?.message).toContain('Provider error 500');
    expect((await events(user)).map((e) => e.status)).toEqual(['error', 'error', 'error']);
  });

  it('gives up on a provider that hangs after the timeout and its retries', async () => {
    const user = newUser('hang');
    await script('openai', ['hang', 'hang', 'hang']);
    const res = await generate(user, {});
    expect(res.body).toMatchObject({ provider: 'deterministic', fallback: { code: 'timeout' } });
    expect((await events(user)).map((e) => e.status)).toEqual(['timeout', 'timeout', 'timeout']);
  });

  it('repairs malformed JSON once', async () => {
    const user = newUser('malformed');
    await script('openai', ['malformed', 'ok']);
    const res = await generate(user, {});
    expect(res.body).toMatchObject({ provider: 'openai', fallback: null });
    expect((await events(user)).map((e) => [e.status, e.error_code])).toEqual([
      ['invalid_output', 'schema'],
      ['ok', null],
    ]);
  });

  it('gives a clear error when the output still fails the schema after the repair', async () => {
    const user = newUser('shape');
    await script('openai', ['wrong_shape', 'wrong_shape']);
    const res = await generate(user, {});
    expect(res.body.fallback).toMatchObject({ code: 'invalid_output' });
    expect(res.body.fallback?.message).toContain('did not match the resume schema after one repair');
  });

  it('asks again with a doubled budget when the answer is cut at the token limit', async () => {
    const user = newUser('length');
    await script('openai', ['truncated', 'ok']);
    const res = await generate(user, {});
    expect(res.body.fallback).toBeNull();
    const [first, second] = (await received('openai')).map(
      (r) => (r.body as { max_completion_tokens: number }).max_completion_tokens,
    );
    expect(second).toBe(first * 2);
  });

  it('does not retry a refusal', async () => {
    const user = newUser('refusal');
    await script('openai', ['refusal']);
    const res = await generate(user, {});
    expect(res.body.fallback).toMatchObject({ code: 'refused' });
    expect((await events(user)).map((e) => e.status)).toEqual(['refused']);
  });
});

describe('generate-materials through the Anthropic stand-in', () => {
  it('sends the key, the version and structured output, and returns a grounded letter', async () => {
    const user = newUser('ant');
    await script('anthropic', ['ok']);
    const res = await generate(user, {
      provider: 'anthropic',
      kind: 'cover_letter',
      options: { tone: 'warm' },
    });
    expect(res.body).toMatchObject({ provider: 'anthropic', model: 'claude-standin', fallback: null });
    const [call] = await received('anthropic');
    expect(call.headers['x-api-key']).toBe('sk-ant-test');
    expect(call.headers['anthropic-version']).toBe('2023-06-01');
    expect(call.body).toMatchObject({ output_config: { format: { type: 'json_schema' } } });
  });

  it('retries a 529 overloaded answer', async () => {
    const user = newUser('529');
    await script('anthropic', ['overloaded', 'ok']);
    const res = await generate(user, { provider: 'anthropic' });
    expect(res.body.fallback).toBeNull();
    expect((await events(user)).map((e) => [e.status, e.error_code])).toEqual([
      ['error', 'overloaded'],
      ['ok', null],
    ]);
  });

  it('switches to a forced tool when the model lacks structured output', async () => {
    const user = newUser('tool');
    await script('anthropic', ['no_structured', 'ok']);
    const res = await generate(user, { provider: 'anthropic' });
    expect(res.body.fallback).toBeNull();
    const second = (await received('anthropic'))[1].body;
    expect(second).toMatchObject({ tool_choice: { type: 'tool', name: 'resume' } });
  });

  it('treats max_tokens twice as a failure, never as data', async () => {
    const user = newUser('maxtok');
    await script('anthropic', ['truncated', 'truncated']);
    const res = await generate(user, { provider: 'anthropic' });
    expect(res.body.fallback).toMatchObject({ code: 'truncated' });
    expect(res.body.fallback?.message).toContain('max_tokens');
  });
});

describe('generate-materials quota and rate limit', () => {
  it("answers 429 with Retry-After and a message once today's tokens are spent", async () => {
    const user = newUser('quota');
    await pool.query(
      `insert into public.ai_events (user_id, provider, model, input_tokens, output_tokens, status) values ($1, 'openai', 'm', 150000, 60000, 'ok')`,
      [user],
    );
    const res = await generate(user, {});
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ error: 'daily_quota' });
    expect(String(res.body.message)).toContain("today's AI allowance");
  });

  it('answers 429 when a user makes too many calls in a minute', async () => {
    const user = newUser('rate');
    for (let i = 0; i < 12; i++)
      await pool.query(
        `insert into public.ai_events (user_id, provider, model, input_tokens, output_tokens, status) values ($1, 'openai', 'm', 1, 1, 'ok')`,
        [user],
      );
    const res = await generate(user, {});
    expect(res.status).toBe(429);
    expect(res.body.error).toBe('rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });
});
