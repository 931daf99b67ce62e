// One interface for every text-generation provider: `generate(request, schema)` returns JSON that
// passed the zod schema, or throws a ProviderError whose code says what went wrong.
import type { ZodType } from 'zod';

export interface GenerateRequest {
  system: string;
  user: string;
  /** Name sent with the JSON schema (a-z, A-Z, 0-9, _ and -; at most 64). */
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  maxTokens: number;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface GenerateResult<T> {
  data: T;
  model: string;
  usage: Usage;
}

/** One HTTP call to a provider, for accounting (ai_events) and the benchmark. */
export interface ProviderCall {
  provider: string;
  model: string;
  status: 'ok' | 'error' | 'timeout' | 'rate_limited' | 'refused' | 'invalid_output';
  errorCode: string | null;
  latencyMs: number;
  usage: Usage | null;
}

export type ProviderErrorCode =
  | 'rate_limited'
  | 'quota_exceeded'
  | 'server_error'
  | 'overloaded'
  | 'timeout'
  | 'network'
  | 'refused'
  | 'truncated'
  | 'invalid_output'
  | 'auth'
  | 'bad_request'
  | 'forbidden_origin';

export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly options: { status?: number; retryAfterMs?: number; retryable?: boolean } = {},
  ) {
    super(message);
  }
  get retryable(): boolean {
    return this.options.retryable ?? false;
  }
}

export interface Provider {
  readonly name: string;
  readonly model: string;
  generate<T>(request: GenerateRequest, schema: ZodType<T>): Promise<GenerateResult<T>>;
}

/** The fetch the caller provides (the service worker's, Deno's, Node's): shared/ calls no network itself. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;
