// The hosted path: the generate-materials Edge Function, as the signed-in user. Its refusals
// (signed out, quota, rate limit, network) come back as messages the Materials panel shows.
import {
  type GenerateMaterialsRequest,
  GenerateMaterialsResponse,
} from '../../../shared/materials/request.ts';
import { backendUrl, getToken } from '../auth/session.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export type HostedOutcome =
  | { ok: true; response: GenerateMaterialsResponse }
  | { ok: false; code: string; message: string; retryAfter?: number };

export async function callHosted(
  db: JobrakerDatabase,
  request: GenerateMaterialsRequest,
): Promise<HostedOutcome> {
  const token = await getToken(db);
  if (!token)
    return {
      ok: false,
      code: 'signed_out',
      message:
        'Sign in (Account tab) to use the hosted model. Generating without a model and your local model work without an account.',
    };
  const response = await fetch(`${await backendUrl(db)}/functions/v1/generate-materials`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  }).catch(() => null);
  if (!response)
    return {
      ok: false,
      code: 'network',
      message: 'Could not reach the backend. Check your connection, or generate without a model.',
    };
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    return {
      ok: false,
      code: String(body.error ?? response.status),
      message: String(body.message ?? `The backend answered ${response.status}.`),
      retryAfter: Number(response.headers.get('retry-after')) || undefined,
    };
  return { ok: true, response: GenerateMaterialsResponse.parse(body) };
}
