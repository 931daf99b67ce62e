// Failure injection shared by both stand-ins: a script of behaviours consumed one per request
// (then `ok`), a fixed latency, and a log of what was received, driven over HTTP under /__standin/.
import type http from 'node:http';

export const BEHAVIOURS = [
  'ok',
  'fabricate',
  'rate_limit',
  'quota',
  'server_error',
  'overloaded',
  'hang',
  'malformed',
  'wrong_shape',
  'truncated',
  'refusal',
  'no_structured',
  'forbid_origin',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  behaviour: Behaviour;
}

export interface StandinState {
  script: Behaviour[];
  /** Used when the script is empty. */
  fallback: Behaviour;
  latencyMs: number;
  received: Received[];
}

export const newState = (): StandinState => ({ script: [], fallback: 'ok', latencyMs: 0, received: [] });

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/**
 * Consumes the next scripted behaviour (the fallback once the script is empty) for a request that passed
 * validation, logs it, and waits the set latency, except for `hang`, whose caller never answers (the
 * client's timeout must end it).
 */
export async function nextBehaviour(
  state: StandinState,
  req: http.IncomingMessage,
  body: unknown,
): Promise<Behaviour> {
  const behaviour = state.script.shift() ?? state.fallback;
  state.received.push({ path: req.url ?? '', headers: req.headers, body, behaviour });
  if (behaviour !== 'hang' && state.latencyMs) await new Promise((r) => setTimeout(r, state.latencyMs));
  return behaviour;
}

/** Answers /__standin/* requests; returns false for anything else. */
export async function control(state: StandinState, req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '';
  if (!url.startsWith('/__standin/')) return false;
  const send = (body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (url === '/__standin/script' && req.method === 'POST') {
    const body = JSON.parse((await readBody(req)) || '{}') as Partial<StandinState>;
    state.script = [...(body.script ?? [])];
    state.fallback = body.fallback ?? 'ok';
    state.latencyMs = body.latencyMs ?? 0;
    state.received = [];
    send({ ok: true });
  } else if (url === '/__standin/received') send(state.received);
  else send({ error: 'unknown control route' });
  return true;
}
