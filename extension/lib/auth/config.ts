/**
 * Build-time settings (WXT_* variables from .env; nothing secret: publishable keys and URLs only).
 * Without them the extension is local-only; the backend URL can also be set in the options page.
 */
export const CLERK_PUBLISHABLE_KEY: string | undefined =
  import.meta.env.WXT_CLERK_PUBLISHABLE_KEY || undefined;
export const DEFAULT_BACKEND_URL: string = import.meta.env.WXT_SUPABASE_URL || 'http://127.0.0.1:54321';

export const BACKEND_URL_SETTING = 'backend.url';
export const SESSION_SETTING = 'auth.session';

/** Local sign-in (dev tokens from the local stack) is offered only against a loopback backend. */
export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}
