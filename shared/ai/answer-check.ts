// Whether a provider's answer is the JSON the schema asks for, and the one repair request when it is not.
import type { ZodType } from 'zod';
import type { GenerateRequest } from './types.ts';

export type Checked<T> = { ok: true; data: T } | { ok: false; message: string };

/** Parses the answer and checks it against the schema; a failure names the first path that is wrong. */
export function checkJson<T>(
  text: string,
  schema: ZodType<T>,
): { ok: true; data: T } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the answer is not valid JSON' };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}` };
}

/** The one repair attempt: the same task, with the broken answer and what is wrong with it. */
export function repairRequest(request: GenerateRequest, answer: string, problem: string): GenerateRequest {
  return {
    ...request,
    user: `${request.user}\n\nYour previous answer did not match the JSON schema (${problem}). Answer again with JSON that matches it exactly.\nPrevious answer:\n${answer.slice(0, 4000)}`,
  };
}
