// Anthropic Messages: JSON through structured output (`output_config.format`) where the model supports
// it, else a forced tool whose input is the document. Contract: contracts-ai-storage.md §2.
import { type GenerateRequest, ProviderError, type Usage } from './types.ts';

export const ANTHROPIC_VERSION = '2023-06-01';
export type AnthropicMode = 'structured' | 'tool';

export function anthropicBody(request: GenerateRequest, model: string, mode: AnthropicMode) {
  const base = {
    model,
    max_tokens: request.maxTokens,
    system: request.system,
    messages: [{ role: 'user', content: request.user }],
  };
  if (mode === 'structured')
    return { ...base, output_config: { format: { type: 'json_schema', schema: request.jsonSchema } } };
  return {
    ...base,
    tools: [
      { name: request.schemaName, description: 'Return the document.', input_schema: request.jsonSchema },
    ],
    tool_choice: { type: 'tool', name: request.schemaName },
  };
}

interface Message {
  model?: string;
  stop_reason?: string;
  content?: Array<{ type: string; text?: string; input?: unknown }>;
  usage?: { input_tokens?: number; output_tokens?: number };
}

/** The document of a 200 answer (text for structured output, tool input otherwise), or its error. */
export function anthropicContent(
  body: Message,
  mode: AnthropicMode,
): { text: string; usage: Usage; model?: string } {
  const usage = { inputTokens: body.usage?.input_tokens ?? 0, outputTokens: body.usage?.output_tokens ?? 0 };
  if (body.stop_reason === 'refusal')
    throw new ProviderError('refused', 'The model refused (stop_reason: refusal)');
  // A forced tool cut at max_tokens can carry a partial input: a failure, never data.
  if (body.stop_reason === 'max_tokens')
    throw new ProviderError('truncated', 'The answer was cut at the token limit (stop_reason: max_tokens)');
  const blocks = body.content ?? [];
  if (mode === 'tool') {
    const tool = blocks.find((b) => b.type === 'tool_use');
    if (!tool) throw new ProviderError('invalid_output', 'The model did not call the document tool');
    return { text: JSON.stringify(tool.input), usage, model: body.model };
  }
  const text = blocks
    .filter((b) => b.type === 'text')
    .map((b) => b.text ?? '')
    .join('');
  if (!text) throw new ProviderError('invalid_output', 'The model answered with no text');
  return { text, usage, model: body.model };
}

/** `{"type":"error","error":{"type","message"},"request_id"}` as a ProviderError. */
export function anthropicError(status: number, bodyText: string, retryAfterMs?: number): ProviderError {
  let message = bodyText.trim();
  let type = '';
  try {
    const parsed = JSON.parse(bodyText) as { error?: { type?: string; message?: string } };
    type = parsed.error?.type ?? '';
    message = parsed.error?.message ?? message;
  } catch {
    // not JSON: keep the text
  }
  const said = message ? `: ${message}` : '';
  if (status === 429)
    return new ProviderError('rate_limited', `Anthropic is rate limiting${said}`, {
      status,
      retryAfterMs,
      retryable: true,
    });
  if (status === 529 || type === 'overloaded_error')
    return new ProviderError('overloaded', `Anthropic is overloaded${said}`, {
      status,
      retryAfterMs,
      retryable: true,
    });
  if (status >= 500)
    return new ProviderError('server_error', `Anthropic error ${status}${said}`, {
      status,
      retryAfterMs,
      retryable: true,
    });
  if (status === 401 || status === 403)
    return new ProviderError('auth', `Anthropic rejected the key (${type || status})${said}`, { status });
  return new ProviderError('bad_request', `Anthropic rejected the request (${type || status})${said}`, {
    status,
  });
}

/** A 400 about the structured-output option: the model lacks it, so the forced tool is used instead. */
export const structuredUnsupported = (e: ProviderError) =>
  e.code === 'bad_request' && /output_config|output_format|json_schema|structured/i.test(e.message);
