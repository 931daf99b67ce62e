// Local stand-in for Anthropic Messages (contracts-ai-storage.md §2): POST /v1/messages with
// `x-api-key` and `anthropic-version`, `request-id` on every answer, `{"type":"error",...}` bodies,
// 429 with retry-after, 529 overloaded_error, `stop_reason` max_tokens / refusal, structured output
// through `output_config.format` or a forced tool (`tool_use` input).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { listen, type RunningStandin } from '../standin-server.ts';
import { control, newState, nextBehaviour, readBody, type StandinState } from './control.ts';
import { modelAnswer, tokens } from './model.ts';

interface MessagesBody {
  model?: string;
  max_tokens?: number;
  system?: string;
  messages?: Array<{ role: string; content: string }>;
  tools?: Array<{ name: string }>;
  tool_choice?: { type: string; name?: string };
  output_config?: { format?: { type: string } };
}

export async function startAnthropicStandin(
  options: { apiKey?: string; port?: number } = {},
): Promise<RunningStandin & { state: StandinState }> {
  const state = newState();
  const server = http.createServer(async (req, res) => {
    if (await control(state, req, res)) return;
    const requestId = `req_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, type: string, message: string, headers: Record<string, string> = {}) =>
      reply(status, { type: 'error', error: { type, message }, request_id: requestId }, headers);
    if (req.method !== 'POST' || req.url !== '/v1/messages')
      return fail(404, 'not_found_error', `Not found: ${req.url}`);
    if (req.headers['x-api-key'] !== (options.apiKey ?? 'sk-ant-test'))
      return fail(401, 'authentication_error', 'invalid x-api-key');
    if (!req.headers['anthropic-version'])
      return fail(400, 'invalid_request_error', 'anthropic-version: header is required');
    let body: MessagesBody;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return fail(400, 'invalid_request_error', 'The request body is not valid JSON.');
    }
    if (!body.model) return fail(400, 'invalid_request_error', 'model: Field required');
    if (typeof body.max_tokens !== 'number')
      return fail(400, 'invalid_request_error', 'max_tokens: Field required');
    if (!body.messages?.length) return fail(400, 'invalid_request_error', 'messages: Field required');
    const behaviour = await nextBehaviour(state, req, body);
    if (behaviour === 'hang') return;
    switch (behaviour) {
      case 'rate_limit':
        return fail(
          429,
          'rate_limit_error',
          'Number of request tokens has exceeded your per-minute rate limit',
          {
            'retry-after': '1',
            'anthropic-ratelimit-requests-limit': '50',
            'anthropic-ratelimit-requests-remaining': '0',
            'anthropic-ratelimit-requests-reset': new Date(Date.now() + 1000).toISOString(),
          },
        );
      case 'server_error':
      case 'quota':
        return fail(500, 'api_error', 'Internal server error');
      case 'overloaded':
        return fail(529, 'overloaded_error', 'Overloaded');
    }
    if (behaviour === 'no_structured' && body.output_config)
      return fail(
        400,
        'invalid_request_error',
        'output_config.format: structured outputs are not supported for this model',
      );
    const prompt = `${body.system ?? ''}\n${body.messages.map((m) => m.content).join('\n')}`;
    const doc =
      behaviour === 'wrong_shape'
        ? { kind: 'resume', summary: 'not a list' }
        : modelAnswer(prompt, behaviour === 'fabricate');
    const text = JSON.stringify(doc);
    const truncated = behaviour === 'truncated' || tokens(text) > body.max_tokens;
    const tool = body.tool_choice?.type === 'tool' ? body.tool_choice.name : undefined;
    const cut = truncated ? text.slice(0, body.max_tokens * 4) : text;
    const content =
      behaviour === 'refusal'
        ? []
        : tool
          ? [
              {
                type: 'tool_use',
                id: `toolu_${randomUUID().slice(0, 8)}`,
                name: tool,
                input: truncated ? {} : doc,
              },
            ]
          : [{ type: 'text', text: behaviour === 'malformed' ? text.slice(0, -2) : cut, citations: null }];
    reply(200, {
      id: `msg_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason:
        behaviour === 'refusal' ? 'refusal' : truncated ? 'max_tokens' : tool ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: tokens(prompt), output_tokens: truncated ? body.max_tokens : tokens(text) },
    });
  });
  return { ...(await listen(server, options.port)), state };
}
