// The local stack's HTTP surface as the extension sees it: real Deno serving supabase/functions,
// backed by the real PostgreSQL started in globalSetup.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const functionsUrl = inject('functionsUrl');
const migrationFiles = fs
  .readdirSync(path.join(import.meta.dirname, '../../supabase/migrations'))
  .filter((f) => f.endsWith('.sql'));

describe('health through the local stack', () => {
  it('answers 200 with the database up, its version and the applied migration count', async () => {
    const response = await fetch(`${functionsUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, db: 'up' });
    expect(body.postgres).toMatch(/^17\./);
    // The CLI records nothing when there is nothing to push.
    expect(body.migrations).toBe(migrationFiles.length === 0 ? null : migrationFiles.length);
  });

  it('rejects a POST with 405 JSON', async () => {
    const response = await fetch(`${functionsUrl}/health`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect((await response.json()).error).toBe('method_not_allowed');
  });
});

describe('CORS for extension origins', () => {
  for (const origin of [
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai',
    'moz-extension://0f3c8e1a-5b7d-4f4e-9a53-1c2d3e4f5a6b',
  ]) {
    it(`answers the preflight from ${origin.split(':')[0]}`, async () => {
      const response = await fetch(`${functionsUrl}/health`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    });
  }

  it('lets the extension read the actual response', async () => {
    const origin = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';
    const response = await fetch(`${functionsUrl}/health`, { headers: { origin } });
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('refuses the preflight from an arbitrary web origin', async () => {
    const response = await fetch(`${functionsUrl}/health`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('routing', () => {
  it('answers an unknown function with 404 JSON listing the real ones', async () => {
    const response = await fetch(`${functionsUrl}/no-such-function`, {
      headers: { origin: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai' },
    });
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.error).toBe('function_not_found');
    expect(body.message).toContain('no-such-function');
    expect(body.available).toContain('health');
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai',
    );
  });

  it('answers a path outside /functions/v1 with 404 JSON', async () => {
    const response = await fetch(functionsUrl.replace('/functions/v1', '/rest/v1/jobs'));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toBe('not_found');
  });

  it('does not let a path escape the functions folder', async () => {
    const response = await fetch(`${functionsUrl}/..%2F..%2Fbackend`);
    expect(response.status).toBe(404);
  });
});
