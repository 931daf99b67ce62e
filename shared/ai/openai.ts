// OpenAI-compatible Chat Completions with a json_schema response format (OpenAI, Azure OpenAI, Groq,
// Together, vLLM, llama.cpp, LM Studio, Ollama). Contract: shared docs contracts-ai-storage.md §1.
import { type GenerateRequest, ProviderError, type Usage } from './types.ts';

/** OpenAI takes `max_completion_tokens`; Ollama and older servers read only `max_tokens`. */
export type TokenField = 'max_completion_tokens' | 'max_tokens';

export function openAiBody(request: GenerateRequest, model: string, tokenField: TokenField) {
  return {
    model,
    messages: [
      { role: 'system', content: request.system },
      { role: 'user', content: request.user },
    ],
    [tokenField]: request.maxTokens,
    response_format: {
      type: 'json_schema',
      json_schema: { name: request.schemaName, strict: true, schema: request.jsonSchema },
    },
  };
}

interface ChatCompletion {
  model?: string;
  choices?: Array<{
    finish_reason?: string;
    message?: { content?: string | null; refusal?: string | null };
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

/** The JSON text of a 200 answer, or the ProviderError it amounts to. */
export function openAiContent(body: ChatCompletion): { text: string; usage: Usage; model?: string } {
  const usage = {
    inputTokens: body.usage?.prompt_tokens ?? 0,
    outputTokens: body.usage?.completion_tokens ?? 0,
  };
  const choice = body.choices?.[0];
  if (!choice?.message) throw new ProviderError('invalid_output', 'The provider answered without a message');
  if (choice.message.refusal)
    throw new ProviderError('refused', `The model refused: ${choice.message.refusal}`);
  if (choice.finish_reason === 'content_filter')
    throw new ProviderError('refused', 'The provider filtered the answer (content_filter)');
  if (choice.finish_reason === 'length')
    throw new ProviderError('truncated', 'The answer was cut at the token limit (finish_reason: length)');
  const text = choice.message.content;
  if (!text) throw new ProviderError('invalid_output', 'The provider answered with empty content');
  return { text, usage, model: body.model };
}

/** A non-2xx answer as a ProviderError: `{error:{message,type,param,code}}` (llama.cpp's `code` is a number). */
export function openAiError(status: number, bodyText: string, retryAfterMs?: number): ProviderError {
  let message = bodyText.trim();
  let code: unknown;
  try {
    const parsed = JSON.parse(bodyText) as { error?: { message?: string; code?: unknown } | string };
    if (typeof parsed.error === 'string') message = parsed.error;
    else if (parsed.error) ({ message = message, code } = parsed.error);
  } catch {
    // not JSON: keep the text
  }
  const said = message ? `: ${message}` : '';
  if (status === 429 && code === 'insufficient_quota')
    return new ProviderError('quota_exceeded', `The provider account is out of quota${said}`, { status });
  if (status === 429)
    return new ProviderError('rate_limited', `The provider is rate limiting${said}`, {
      status,
      retryAfterMs,
      retryable: true,
    });
  if (status === 401)
    return new ProviderError('auth', `The provider rejected the API key${said}`, { status });
  if (status === 403)
    return new ProviderError('auth', `The provider refused access (403)${said}`, { status });
  if (status >= 500)
    return new ProviderError(
      status === 503 ? 'overloaded' : 'server_error',
      `Provider error ${status}${said}`,
      {
        status,
        retryAfterMs,
        retryable: true,
      },
    );
  return new ProviderError('bad_request', `The provider rejected the request (${status})${said}`, {
    status,
    retryable: status === 408 || status === 409,
  });
}
