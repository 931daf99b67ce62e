// `generate(request, schema)` over HTTP for every provider: timeout, retries with backoff honouring
// retry-after on 429 / 5xx / 529, one doubling of the token budget when the answer is cut at the
// limit, one repair attempt when the JSON fails the schema, and one ProviderCall per HTTP call.
import type { ZodType } from 'zod';
import { type Checked, checkJson, repairRequest } from './answer-check.ts';
import {
  ANTHROPIC_VERSION,
  type AnthropicMode,
  anthropicBody,
  anthropicContent,
  anthropicError,
  structuredUnsupported,
} from './anthropic.ts';
import { ollamaOriginsAdvice } from './local.ts';
import { openAiBody, openAiContent, openAiError, type TokenField } from './openai.ts';
import { backoffMs, MAX_RETRIES, retryAfterMs } from './retry.ts';
import {
  type Fetch,
  type GenerateRequest,
  type GenerateResult,
  type Provider,
  type ProviderCall,
  ProviderError,
  type Usage,
} from './types.ts';

export interface ProviderConfig {
  kind: 'openai' | 'anthropic' | 'local';
  /** e.g. https://api.openai.com/v1, https://api.anthropic.com, http://localhost:11434/v1 */
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  tokenField?: TokenField;
  anthropicMode?: AnthropicMode;
  /** The extension's origin, for the Ollama 403 advice. */
  origin?: string;
}

export interface ClientOptions {
  fetch: Fetch;
  onCall?: (call: ProviderCall) => void | Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  /** The token budget is doubled once on truncation, never beyond this. */
  maxTokensCap?: number;
}

const STATUS: Record<string, ProviderCall['status']> = {
  timeout: 'timeout',
  rate_limited: 'rate_limited',
  quota_exceeded: 'rate_limited',
  refused: 'refused',
  invalid_output: 'invalid_output',
  truncated: 'invalid_output',
};

export function createProvider(config: ProviderConfig, options: ClientOptions): Provider {
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const cap = options.maxTokensCap ?? 8_192;
  let mode: AnthropicMode = config.anthropicMode ?? 'structured';
  const name = config.kind;

  /** One HTTP call; its ai_events status says whether the JSON also passed the schema. */
  async function once<T>(
    request: GenerateRequest,
    schema: ZodType<T>,
  ): Promise<{ checked: Checked<T>; text: string; usage: Usage; model: string }> {
    const anthropic = config.kind === 'anthropic';
    const url = `${config.baseUrl.replace(/\/+$/, '')}${anthropic ? '/v1/messages' : '/chat/completions'}`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (anthropic) {
      headers['x-api-key'] = config.apiKey ?? '';
      headers['anthropic-version'] = ANTHROPIC_VERSION;
    } else if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
    const body = anthropic
      ? anthropicBody(request, config.model, mode)
      : openAiBody(
          request,
          config.model,
          config.tokenField ?? (config.kind === 'local' ? 'max_tokens' : 'max_completion_tokens'),
        );
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    const started = Date.now();
    const record = (status: ProviderCall['status'], errorCode: string | null, usage: Usage | null) =>
      options.onCall?.({
        provider: name,
        model: config.model,
        status,
        errorCode,
        latencyMs: Date.now() - started,
        usage,
      });
    try {
      let response: Response;
      try {
        response = await options.fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted)
          throw new ProviderError('timeout', `The provider did not answer within ${config.timeoutMs} ms`, {
            retryable: true,
          });
        throw new ProviderError('network', `Could not reach the provider at ${url}: ${String(error)}`, {
          retryable: true,
        });
      }
      const text = await response.text().catch(() => {
        throw new ProviderError('timeout', `The provider stopped answering within ${config.timeoutMs} ms`, {
          retryable: true,
        });
      });
      if (!response.ok) {
        const wait = retryAfterMs(response.headers);
        if (config.kind === 'local' && response.status === 403 && !text.trim())
          throw new ProviderError(
            'forbidden_origin',
            ollamaOriginsAdvice(config.origin ?? 'chrome-extension://<id>'),
            { status: 403 },
          );
        throw anthropic
          ? anthropicError(response.status, text, wait)
          : openAiError(response.status, text, wait);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new ProviderError('invalid_output', 'The provider answered 200 with a body that is not JSON');
      }
      const content = anthropic ? anthropicContent(parsed as never, mode) : openAiContent(parsed as never);
      const checked = checkJson(content.text, schema);
      await record(checked.ok ? 'ok' : 'invalid_output', checked.ok ? null : 'schema', content.usage);
      return { checked, text: content.text, usage: content.usage, model: content.model ?? config.model };
    } catch (error) {
      const e =
        error instanceof ProviderError
          ? error
          : new ProviderError('network', String(error), { retryable: true });
      await record(STATUS[e.code] ?? 'error', e.code, null);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async function generate<T>(first: GenerateRequest, schema: ZodType<T>): Promise<GenerateResult<T>> {
    let request = first;
    let retries = 0;
    let repaired = false;
    let widened = false;
    const usage: Usage = { inputTokens: 0, outputTokens: 0 };
    for (;;) {
      let answer: Awaited<ReturnType<typeof once<T>>>;
      try {
        answer = await once(request, schema);
      } catch (error) {
        const e = error as ProviderError;
        if (e.code === 'truncated' && !widened && request.maxTokens < cap) {
          widened = true;
          request = { ...request, maxTokens: Math.min(cap, request.maxTokens * 2) };
          continue;
        }
        if (config.kind === 'anthropic' && mode === 'structured' && structuredUnsupported(e)) {
          mode = 'tool';
          continue;
        }
        if (!e.retryable || retries >= MAX_RETRIES) throw e;
        await sleep(backoffMs(retries++, e.options.retryAfterMs));
        continue;
      }
      usage.inputTokens += answer.usage.inputTokens;
      usage.outputTokens += answer.usage.outputTokens;
      const problem = answer.checked;
      if (problem.ok) return { data: problem.data, model: answer.model, usage };
      if (repaired)
        throw new ProviderError(
          'invalid_output',
          `The answer did not match the ${first.schemaName} schema after one repair: ${problem.message}`,
        );
      repaired = true;
      request = repairRequest(first, answer.text, problem.message);
    }
  }

  return { name, model: config.model, generate };
}
