// Which Storage route a request is, and whether its object key is acceptable. The real server decodes the
// URL path (so `%2F` is a slash) and refuses keys it cannot store safely (InvalidKey); the policies then
// decide who may touch what. One rule for "plain path" lives in the database (private.is_plain_object_path);
// this check only refuses what cannot be a key at all, before any byte is read.

export type StorageRoute =
  | { op: 'upload'; bucket: string; key: string; replace: boolean }
  | { op: 'download'; bucket: string; key: string; head: boolean }
  | { op: 'info'; bucket: string; key: string }
  | { op: 'sign'; bucket: string; key: string }
  | { op: 'signed-download'; bucket: string; key: string; token: string }
  | { op: 'remove'; bucket: string }
  | { op: 'list'; bucket: string };

export const STORAGE_PREFIX = '/storage/v1';

function splitBucket(rest: string): { bucket: string; key: string } | null {
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  let key: string;
  try {
    key = decodeURIComponent(rest.slice(slash + 1));
  } catch {
    return null;
  }
  return { bucket: decodeURIComponent(rest.slice(0, slash)), key };
}

/** `unknown`: not a route this stand-in serves. */
export function parseStorageRoute(method: string, url: URL): StorageRoute | { op: 'unknown' } {
  const path = url.pathname.startsWith(`${STORAGE_PREFIX}/`) ? url.pathname.slice(STORAGE_PREFIX.length) : '';
  const m = /^\/object\/(sign\/|list\/|info\/|authenticated\/)?(.*)$/.exec(path);
  if (!m) return { op: 'unknown' };
  const [, sub, rest = ''] = m;
  if (sub === 'list/' && method === 'POST') return { op: 'list', bucket: decodeURIComponent(rest) };
  if (!sub && method === 'DELETE' && !rest.includes('/'))
    return { op: 'remove', bucket: decodeURIComponent(rest) };
  const parts = splitBucket(rest);
  if (!parts) return { op: 'unknown' };
  if (sub === 'sign/') {
    if (method === 'POST') return { op: 'sign', ...parts };
    const token = url.searchParams.get('token');
    if (method === 'GET' && token) return { op: 'signed-download', ...parts, token };
    return { op: 'unknown' };
  }
  if (sub === 'info/' && method === 'GET') return { op: 'info', ...parts };
  if (method === 'GET' || method === 'HEAD') return { op: 'download', ...parts, head: method === 'HEAD' };
  if (!sub && (method === 'POST' || method === 'PUT')) {
    return { op: 'upload', ...parts, replace: method === 'PUT' };
  }
  return { op: 'unknown' };
}

/** Keys the server refuses outright: empty, over 1024 bytes, control characters, or a leading slash. */
export function isStorableKey(key: string): boolean {
  return (
    key.length > 0 &&
    new TextEncoder().encode(key).byteLength <= 1024 &&
    !key.startsWith('/') &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
    !/[\u0000-\u001f\u007f]/.test(key)
  );
}
