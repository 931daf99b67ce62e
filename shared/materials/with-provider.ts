// A material through a model provider, with the same grounding policy as everything else: the
// answer must pass the kind's schema (the provider repairs once), then every claim its citations
// (regenerated once, then dropped with a note).
import type { ZodType } from 'zod';
import type { Provider } from '../ai/types.ts';
import type { Profile } from '../domain/index.ts';
import { type Grounded, generateGrounded } from './ground.ts';
import { buildMaterialRequest } from './prompt.ts';
import { DOC_SCHEMAS, type DocOf, type MaterialKind, type MaterialOptions } from './schema.ts';
import { buildSources, type MaterialJob } from './sources.ts';

export interface ProviderGrounded<K extends MaterialKind> extends Grounded<DocOf<K>> {
  model: string;
  usage: { inputTokens: number; outputTokens: number };
}

export async function generateWithProvider<K extends MaterialKind>(
  provider: Provider,
  kind: K,
  profile: Profile,
  job: MaterialJob,
  options: MaterialOptions,
): Promise<ProviderGrounded<K>> {
  const usage = { inputTokens: 0, outputTokens: 0 };
  let model = provider.model;
  const grounded = await generateGrounded(
    async (feedback) => {
      const request = buildMaterialRequest(kind, profile, job, options, feedback);
      const schema = DOC_SCHEMAS[kind] as unknown as ZodType<DocOf<K>>;
      const result = await provider.generate(request, schema);
      usage.inputTokens += result.usage.inputTokens;
      usage.outputTokens += result.usage.outputTokens;
      model = result.model;
      return result.data;
    },
    buildSources(profile, job),
  );
  return { ...grounded, model, usage };
}
