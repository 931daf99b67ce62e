import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalSigningKey } from '../../../backend/local/jwks-key.ts';
import { type JwksServer, startJwksServer } from '../../../backend/local/jwks-server.ts';
import { subjectOf } from './account.ts';
import { devTokenGetter } from './dev-token.ts';

const keyFile = path.join(os.tmpdir(), `jobraker-dev-key-${process.pid}.json`);
let on: JwksServer;
let off: JwksServer;
beforeAll(async () => {
  const key = await loadLocalSigningKey(keyFile);
  on = await startJwksServer({ key, devTokens: true });
  off = await startJwksServer({ key, devTokens: false });
});
afterAll(async () => {
  await on.stop();
  await off.stop();
  fs.rmSync(keyFile, { force: true });
});

describe('devTokenGetter', () => {
  it('gets a token for the dev user once and reuses it', async () => {
    let calls = 0;
    const getToken = devTokenGetter(on.devTokenUrl ?? '', 'user_dev_1', (input, init) => {
      calls++;
      return fetch(input, init);
    });
    const token = await getToken();
    expect(token && subjectOf(token)).toBe('user_dev_1');
    expect(await getToken()).toBe(token);
    expect(calls).toBe(1);
  });

  it('acts signed out when the stack has dev tokens off', async () => {
    const origin = new URL(off.jwksUrl).origin;
    expect(await devTokenGetter(`${origin}/dev-token`)()).toBeNull();
  });

  it('refuses a non-loopback URL', () => {
    expect(() => devTokenGetter('https://tokens.example.com/dev-token')).toThrow('loopback');
  });
});
