import { devTokenRequest } from '../../../shared/sync/dev-token.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { setSyncEnabled } from '../sync/index.ts';
import {
  BACKEND_URL_SETTING,
  CLERK_PUBLISHABLE_KEY,
  DEFAULT_BACKEND_URL,
  isLoopback,
  LOCAL_DEV_BUILD,
  SESSION_SETTING,
} from './config.ts';

/** Who is signed in, as the background remembers it. The token itself comes from the provider. */
export interface AuthSession {
  provider: 'clerk' | 'local';
  userId: string;
  /** Local dev sessions keep their token (an hour long); Clerk keeps its own. */
  token?: string;
  expiresAt?: number;
}

export interface AuthStatus {
  signedIn: boolean;
  provider: AuthSession['provider'] | null;
  userId: string | null;
  backendUrl: string | null;
  clerkAvailable: boolean;
  localSignInAvailable: boolean;
  syncEnabled: boolean;
}

export async function backendUrl(db: JobrakerDatabase): Promise<string | null> {
  return ((await db.settings.get(BACKEND_URL_SETTING))?.value as string | undefined) ?? DEFAULT_BACKEND_URL;
}

async function session(db: JobrakerDatabase): Promise<AuthSession | null> {
  return ((await db.settings.get(SESSION_SETTING))?.value as AuthSession | undefined) ?? null;
}

type ClerkLike = {
  session?: { getToken(): Promise<string | null> } | null;
  user?: { id: string } | null;
  signOut?: () => Promise<void>;
};
let clerk: Promise<ClerkLike | null> | null = null;

/** Clerk's background client keeps the session token fresh while panels are closed. */
function clerkClient(): Promise<ClerkLike | null> {
  // Written against import.meta.env directly so builds without a key drop Clerk from the worker.
  if (!import.meta.env.WXT_CLERK_PUBLISHABLE_KEY) return Promise.resolve(null);
  clerk ??= import('@clerk/chrome-extension/client')
    .then(({ createClerkClient }) =>
      createClerkClient({ publishableKey: CLERK_PUBLISHABLE_KEY!, background: true }),
    )
    .catch(() => null);
  return clerk;
}

/** The bearer token for the backend, or null (signed out, expired): sync then stays off the network. */
export async function getToken(db: JobrakerDatabase): Promise<string | null> {
  const s = await session(db);
  if (s?.provider === 'local') {
    // A dev session never authenticates a production build, whatever the settings hold.
    return LOCAL_DEV_BUILD && s.token && (s.expiresAt ?? 0) > Date.now() + 30_000 ? s.token : null;
  }
  const c = await clerkClient();
  return (await c?.session?.getToken()) ?? null;
}

export async function authStatus(db: JobrakerDatabase): Promise<AuthStatus> {
  const s = await session(db);
  const c = s ? null : await clerkClient();
  const clerkUser = c?.user?.id ?? null;
  const url = await backendUrl(db);
  return {
    signedIn: !!s || !!clerkUser,
    provider: s?.provider ?? (clerkUser ? 'clerk' : null),
    userId: s?.userId ?? clerkUser,
    backendUrl: url,
    clerkAvailable: !!CLERK_PUBLISHABLE_KEY,
    localSignInAvailable: LOCAL_DEV_BUILD && url !== null && isLoopback(url),
    syncEnabled: (await db.settings.get('sync.enabled'))?.value === true,
  };
}

/**
 * Signs in against the local stack with a dev token (loopback only: the local launcher issues them
 * only to 127.0.0.1 and only with JOBRAKER_DEV_TOKENS=1; a hosted backend has no such endpoint).
 */
async function localDevSignIn(db: JobrakerDatabase, userId: string): Promise<AuthStatus> {
  const url = await backendUrl(db);
  if (!url || !isLoopback(url)) throw new Error('Local sign-in works only with a backend on this computer.');
  const health = await fetch(`${url}/functions/v1/health`).then(
    (r) => r.json() as Promise<{ auth?: { devTokenUrl?: string } }>,
    () => {
      throw new Error(`The local backend at ${url} is not running. Start it with npm run backend.`);
    },
  );
  const devTokenUrl = health.auth?.devTokenUrl;
  if (!devTokenUrl)
    throw new Error('The local backend does not issue dev tokens (start it with JOBRAKER_DEV_TOKENS=1).');
  const res = await fetch(devTokenUrl, devTokenRequest(userId));
  const body = (await res.json()) as { token?: string; expiresIn?: number; message?: string };
  if (!res.ok || !body.token) throw new Error(`Local sign-in failed: ${body.message ?? res.status}`);
  const value: AuthSession = {
    provider: 'local',
    userId,
    token: body.token,
    expiresAt: Date.now() + (body.expiresIn ?? 3600) * 1000,
  };
  await db.settings.put({ key: SESSION_SETTING, value });
  return authStatus(db);
}

/** Local sign-in in dev builds; production builds have none (the code above is dropped from them). */
export const localSignIn: (db: JobrakerDatabase, userId: string) => Promise<AuthStatus> =
  import.meta.env.WXT_LOCAL_DEV === '1'
    ? localDevSignIn
    : async () => {
        throw new Error('This build has no local sign-in.');
      };

/** Signs out: the token goes, sync stops; local data stays unless the user asks to delete it. */
export async function signOut(db: JobrakerDatabase, wipe: boolean): Promise<AuthStatus> {
  await db.settings.delete(SESSION_SETTING);
  await (await clerkClient())?.signOut?.().catch(() => {});
  await setSyncEnabled(db, false);
  if (wipe) {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
  }
  return authStatus(db);
}

export async function setBackendUrl(db: JobrakerDatabase, url: string): Promise<AuthStatus> {
  const clean = new URL(url).origin;
  await db.settings.put({ key: BACKEND_URL_SETTING, value: clean });
  return authStatus(db);
}
