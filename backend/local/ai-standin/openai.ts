// Local stand-in for OpenAI-compatible Chat Completions (contracts-ai-storage.md §1): POST
// /v1/chat/completions with Bearer auth, `x-request-id` on every answer, the four-key error body,
// `retry-after` and `x-ratelimit-*` on 429, `finish_reason: length` truncation, `message.refusal`.
// With `ollama: true` it also refuses extension origins with Ollama's empty 403.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { listen, type RunningStandin } from '../standin-server.ts';
import { control, newState, nextBehaviour, readBody, type StandinState } from './control.ts';
import { modelAnswer, tokens } from './model.ts';

export interface OpenAiStandinOptions {
  apiKey?: string;
  port?: number;
  /** Behave like Ollama: no auth, 403 with an empty body for an Origin not in `allowedOrigins`. */
  ollama?: boolean;
  allowedOrigins?: string[];
}

/** Ollama's OLLAMA_ORIGINS: exact origins, or `scheme://*` wildcards. */
const originAllowed = (origin: string, allowed: string[]) =>
  allowed.some((a) => a === origin || (a.endsWith('*') && origin.startsWith(a.slice(0, -1))));

const error = (message: string, type: string, code: string | null, param: string | null = null) =>
  JSON.stringify({ error: { message, type, param, code } });

export async function startOpenAiStandin(
  options: OpenAiStandinOptions = {},
): Promise<RunningStandin & { state: StandinState }> {
  const state = newState();
  const server = http.createServer(async (req, res) => {
    if (await control(state, req, res)) return;
    const requestId = `req_${randomUUID().replace(/-/g, '')}`;
    const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-request-id': requestId,
        'openai-processing-ms': String(state.latencyMs),
        ...headers,
      });
      res.end(body);
    };
    const origin = req.headers.origin;
    if (options.ollama && origin && !originAllowed(origin, options.allowedOrigins ?? [])) {
      res.writeHead(403);
      res.end();
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions')
      return reply(404, error(`Invalid URL (${req.method} ${req.url})`, 'invalid_request_error', null));
    if (!options.ollama && req.headers.authorization !== `Bearer ${options.apiKey ?? 'sk-test'}`)
      return reply(401, error('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
    let body: {
      model?: string;
      messages?: Array<{ role: string; content: string }>;
      max_tokens?: number;
      max_completion_tokens?: number;
    };
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return reply(
        400,
        error('We could not parse the JSON body of your request.', 'invalid_request_error', null),
      );
    }
    if (!body.model)
      return reply(400, error('you must provide a model parameter', 'invalid_request_error', null, 'model'));
    if (!body.messages?.length)
      return reply(
        400,
        error("'messages' must contain at least one message", 'invalid_request_error', null, 'messages'),
      );
    const behaviour = await nextBehaviour(state, req, body);
    if (behaviour === 'hang') return;
    const prompt = body.messages.map((m) => m.content).join('\n');
    switch (behaviour) {
      case 'rate_limit':
        return reply(
          429,
          error(
            'Rate limit reached for requests. Please try again in 1s.',
            'requests',
            'rate_limit_exceeded',
          ),
          {
            'retry-after': '1',
            'x-ratelimit-limit-requests': '60',
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': '1s',
          },
        );
      case 'quota':
        return reply(
          429,
          error(
            'You exceeded your current quota, please check your plan and billing details.',
            'insufficient_quota',
            'insufficient_quota',
          ),
        );
      case 'server_error':
      case 'no_structured':
        return reply(
          500,
          error(
            'The server had an error while processing your request. Sorry about that!',
            'server_error',
            null,
          ),
        );
      case 'overloaded':
        return reply(
          503,
          error(
            'The engine is currently overloaded, please try again later.',
            'server_error',
            'server_is_overloaded',
          ),
        );
    }
    const doc = JSON.stringify(
      behaviour === 'wrong_shape'
        ? { kind: 'resume', summary: 'not a list' }
        : modelAnswer(prompt, behaviour === 'fabricate'),
    );
    const limit = body.max_completion_tokens ?? body.max_tokens ?? 4096;
    const truncated = behaviour === 'truncated' || tokens(doc) > limit;
    const content =
      behaviour === 'malformed'
        ? doc.slice(0, -2).replace(/"/, "'")
        : truncated
          ? doc.slice(0, limit * 4)
          : doc;
    const refusal = behaviour === 'refusal' ? "I'm sorry, I can't help with that request." : null;
    const message = options.ollama
      ? { role: 'assistant', content }
      : { role: 'assistant', content: refusal ? null : content, refusal, annotations: [] };
    reply(
      200,
      JSON.stringify({
        id: `chatcmpl-${randomUUID().replace(/-/g, '').slice(0, 29)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message, logprobs: null, finish_reason: truncated ? 'length' : 'stop' }],
        usage: {
          prompt_tokens: tokens(prompt),
          completion_tokens: Math.min(limit, tokens(content)),
          total_tokens: tokens(prompt) + Math.min(limit, tokens(content)),
        },
        service_tier: 'default',
        system_fingerprint: options.ollama ? 'fp_ollama' : 'fp_standin',
      }),
    );
  });
  return { ...(await listen(server, options.port)), state };
}
