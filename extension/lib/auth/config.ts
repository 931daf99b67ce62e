/**
 * Build-time settings (WXT_* variables from .env; nothing secret: publishable keys and URLs only).
 * Without them the extension is local-only; the backend URL can also be set in the options page.
 */
export const CLERK_PUBLISHABLE_KEY: string | undefined =
  import.meta.env.WXT_CLERK_PUBLISHABLE_KEY || undefined;
/**
 * Development builds (`WXT_LOCAL_DEV=1`: npm start, the e2e suite, `npm run build:local`) can sign in to the
 * local stack with its dev tokens and use it as the default backend. A plain `wxt build` (what ships) has
 * neither: each use is written as `import.meta.env.WXT_LOCAL_DEV === '1'` so the bundler drops the code and
 * the loopback URL (scripts/check-production-bundle.ts checks the output).
 */
export const LOCAL_DEV_BUILD: boolean = import.meta.env.WXT_LOCAL_DEV === '1';
/** The sync backend until the user sets one; null = none (sync stays off until a URL is set). */
export const DEFAULT_BACKEND_URL: string | null =
  import.meta.env.WXT_SUPABASE_URL ||
  (import.meta.env.WXT_LOCAL_DEV === '1' ? 'http://127.0.0.1:54321' : null);

export const BACKEND_URL_SETTING = 'backend.url';
export const SESSION_SETTING = 'auth.session';

/** Local sign-in (dev tokens from the local stack) is offered only in dev builds, against a loopback backend. */
export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}
