import { describe, expect, it } from 'vitest';
import { corsHeaders, isAllowedOrigin, withCors } from './cors.ts';

describe('isAllowedOrigin', () => {
  it.each([
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai',
    'moz-extension://0f3c8e1a-5b7d-4f4e-9a53-1c2d3e4f5a6b',
    'http://localhost:3000',
    'http://127.0.0.1',
  ])('allows %s', (origin) => expect(isAllowedOrigin(origin)).toBe(true));

  it.each(['https://evil.example', 'http://localhost.evil.example', 'chrome-extension://abc/../x', 'null'])(
    'refuses %s',
    (origin) => expect(isAllowedOrigin(origin)).toBe(false),
  );

  it('allows an exact extra origin only', () => {
    expect(isAllowedOrigin('https://app.jobraker.dev', { extraOrigins: ['https://app.jobraker.dev'] })).toBe(
      true,
    );
    expect(
      isAllowedOrigin('https://app.jobraker.dev.evil', { extraOrigins: ['https://app.jobraker.dev'] }),
    ).toBe(false);
  });
});

describe('withCors', () => {
  const handler = withCors(() => new Response('hi', { headers: { 'x-kept': '1' } }));

  it('answers an allowed preflight without calling the handler', async () => {
    let called = false;
    const wrapped = withCors(() => {
      called = true;
      return new Response('x');
    });
    const response = await wrapped(
      new Request('http://x/f', { method: 'OPTIONS', headers: { origin: 'chrome-extension://abc' } }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(called).toBe(false);
  });

  it('echoes the origin on the real response and keeps its own headers', async () => {
    const response = await handler(new Request('http://x/f', { headers: { origin: 'moz-extension://u-1' } }));
    expect(response.headers.get('access-control-allow-origin')).toBe('moz-extension://u-1');
    expect(response.headers.get('x-kept')).toBe('1');
    expect(await response.text()).toBe('hi');
  });

  it('adds no allow-origin for a foreign origin', async () => {
    const response = await handler(
      new Request('http://x/f', { headers: { origin: 'https://evil.example' } }),
    );
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(corsHeaders('https://evil.example')).toEqual({ vary: 'Origin' });
  });
});
