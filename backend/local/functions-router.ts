// Runs under Deno (not Node): the local stand-in for Supabase's Edge Runtime. Serves
// /functions/v1/<name>[/...] by importing supabase/functions/<name>/index.ts (default export `{ fetch }`)
// on first use, and hands it the request with the path the hosted runtime gives it: /<name>[/...].
import { corsHeaders } from '../http/cors.ts';

// Only the slice of the Deno API used here; tsc checks this file without Deno's types.
declare const Deno: {
  env: { get(name: string): string | undefined };
  statSync(path: string): { isFile: boolean };
  readDirSync(path: string): Iterable<{ name: string; isDirectory: boolean }>;
  serve(
    options: { port: number; hostname: string; onListen?: (addr: { port: number }) => void },
    handler: (request: Request) => Response | Promise<Response>,
  ): { finished: Promise<void>; shutdown(): Promise<void> };
  addSignalListener(signal: 'SIGTERM' | 'SIGINT', listener: () => void): void;
  stdin: { readable: ReadableStream<Uint8Array> };
  exit(code: number): never;
};

type FetchHandler = (request: Request) => Response | Promise<Response>;

const functionsDir = Deno.env.get('JOBRAKER_FUNCTIONS_DIR') ?? ''; // absolute, set by functions.ts
const port = Number(Deno.env.get('JOBRAKER_API_PORT') ?? '54321');
const NAME = /^[a-z0-9][a-z0-9_-]*$/i;
const PREFIX = '/functions/v1/';
const STORAGE_PREFIX = '/storage/v1/';
const loaded = new Map<string, Promise<FetchHandler>>();
// The Storage stand-in (development server), when the launcher gave it a folder for the bytes.
let storage: Promise<FetchHandler> | undefined;

function storageHandler(): Promise<FetchHandler> | undefined {
  if (!Deno.env.get('JOBRAKER_STORAGE_DIR')) return undefined;
  if (!storage) {
    storage = import('./storage-standin.ts').then((m) => m.startStorageStandin((name) => Deno.env.get(name)));
    storage.catch(() => {
      storage = undefined;
    });
  }
  return storage;
}

function reply(request: Request, status: number, body: Record<string, unknown>): Response {
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    ...corsHeaders(request.headers.get('origin')),
  };
  return new Response(JSON.stringify(body), { status, headers });
}

function entryOf(name: string): string | undefined {
  const path = `${functionsDir}/${name}/index.ts`;
  try {
    return Deno.statSync(path).isFile ? path : undefined;
  } catch {
    return undefined;
  }
}

function available(): string[] {
  return [...Deno.readDirSync(functionsDir)]
    .filter((entry) => entry.isDirectory && !entry.name.startsWith('_') && entryOf(entry.name))
    .map((entry) => entry.name)
    .sort();
}

async function load(path: string): Promise<FetchHandler> {
  const mod = await import(`file://${path}`);
  const fetch = mod.default?.fetch;
  if (typeof fetch !== 'function') throw new Error(`${path} must \`export default { fetch }\``);
  return fetch.bind(mod.default);
}

async function route(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const standin = url.pathname.startsWith(STORAGE_PREFIX) ? storageHandler() : undefined;
  if (standin) {
    try {
      return await (await standin)(request);
    } catch (error) {
      console.error('[storage]', error);
      const message = error instanceof Error ? error.message : String(error);
      const body = { statusCode: '500', error: 'internal', message, code: 'InternalError' };
      return new Response(JSON.stringify(body), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      });
    }
  }
  if (!url.pathname.startsWith(PREFIX)) {
    return reply(request, 404, { error: 'not_found', message: `Functions are served under ${PREFIX}<name>` });
  }
  const rest = url.pathname.slice(PREFIX.length);
  const name = rest.split('/')[0] ?? '';
  const entry = NAME.test(name) ? entryOf(name) : undefined;
  if (!entry) {
    return reply(request, 404, {
      error: 'function_not_found',
      message: `No function named '${name}'.`,
      available: available(),
    });
  }
  let handler = loaded.get(name);
  if (!handler) {
    handler = load(entry);
    loaded.set(name, handler);
    handler.catch(() => loaded.delete(name)); // retry the import after the file is fixed
  }
  const forwarded = new URL(`/${rest}${url.search}`, url.origin);
  try {
    // A fresh init (not `new Request(url, request)`): reading request.signal trips Deno's legacy-abort warning.
    const init = { method: request.method, headers: request.headers, body: request.body, duplex: 'half' };
    return await (await handler)(new Request(forwarded, init as RequestInit));
  } catch (error) {
    console.error(`[${name}]`, error);
    const message = error instanceof Error ? error.message : String(error);
    return reply(request, 500, { error: 'function_error', function: name, message });
  }
}

storageHandler(); // start (and sweep) now, not on the first upload
const server = Deno.serve(
  { port, hostname: '127.0.0.1', onListen: (addr) => console.log(`listening ${addr.port}`) },
  route,
);
const stop = () => server.shutdown().finally(() => Deno.exit(0));
for (const signal of ['SIGTERM', 'SIGINT'] as const) Deno.addSignalListener(signal, stop);

// The launcher holds our stdin open and never writes. If it dies without stopping us (kill -9, crash),
// stdin reaches EOF and we exit instead of lingering as an orphan that holds the port.
(async () => {
  const reader = Deno.stdin.readable.getReader();
  while (!(await reader.read()).done) {
    // nothing is ever sent
  }
  stop();
})();
