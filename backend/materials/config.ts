// The generate-materials function's settings, from its environment only (keys never reach the extension).
import type { ProviderConfig } from '../../shared/ai/client.ts';

export interface MaterialsConfig {
  providers: Partial<Record<'openai' | 'anthropic', ProviderConfig>>;
  defaultProvider: 'openai' | 'anthropic' | null;
  /** Tokens (input + output) one user may spend per UTC day. */
  dailyTokenQuota: number;
  /** Provider calls one user may make per minute. */
  callsPerMinute: number;
}

const num = (raw: string | undefined, fallback: number) => {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function materialsConfigFromEnv(env: (name: string) => string | undefined): MaterialsConfig {
  const timeoutMs = num(env('AI_TIMEOUT_MS'), 60_000);
  const providers: MaterialsConfig['providers'] = {};
  const openAiKey = env('OPENAI_API_KEY');
  if (openAiKey)
    providers.openai = {
      kind: 'openai',
      apiKey: openAiKey,
      baseUrl: env('OPENAI_BASE_URL') || 'https://api.openai.com/v1',
      model: env('OPENAI_MODEL') || 'gpt-4o-mini',
      timeoutMs,
      // Azure OpenAI, Groq, Together, vLLM take max_completion_tokens or max_tokens; Ollama only the latter.
      tokenField: env('OPENAI_TOKEN_FIELD') === 'max_tokens' ? 'max_tokens' : 'max_completion_tokens',
    };
  const anthropicKey = env('ANTHROPIC_API_KEY');
  if (anthropicKey)
    providers.anthropic = {
      kind: 'anthropic',
      apiKey: anthropicKey,
      baseUrl: env('ANTHROPIC_BASE_URL') || 'https://api.anthropic.com',
      model: env('ANTHROPIC_MODEL') || 'claude-sonnet-4-5',
      timeoutMs,
      anthropicMode: env('ANTHROPIC_STRUCTURED_OUTPUT') === 'false' ? 'tool' : 'structured',
    };
  const chosen = env('AI_PROVIDER');
  const defaultProvider =
    chosen === 'openai' || chosen === 'anthropic'
      ? chosen
      : providers.openai
        ? 'openai'
        : providers.anthropic
          ? 'anthropic'
          : null;
  return {
    providers,
    defaultProvider,
    dailyTokenQuota: num(env('AI_DAILY_TOKEN_QUOTA'), 200_000),
    callsPerMinute: num(env('AI_CALLS_PER_MINUTE'), 12),
  };
}
