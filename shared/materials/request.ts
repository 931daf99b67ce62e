// The generate-materials function's request and response, shared by the function and the extension.
import { z } from 'zod';
import { Profile } from '../domain/index.ts';
import { MaterialDoc, MaterialKind, MaterialOptions } from './schema.ts';

export const MaterialJobInput = z.object({
  id: z.string().uuid(),
  title: z.string().trim().min(1).max(300),
  company: z.string().max(300).optional(),
  descriptionText: z.string().max(60_000).optional(),
  locationText: z.string().max(500).optional(),
  requirements: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }).optional(),
  employerText: z.string().max(20_000).optional(),
});

export const HOSTED_PROVIDERS = ['openai', 'anthropic'] as const;

export const GenerateMaterialsRequest = z.object({
  kind: MaterialKind,
  /** Which configured provider; the function's AI_PROVIDER when absent. */
  provider: z.enum(HOSTED_PROVIDERS).optional(),
  profile: Profile,
  job: MaterialJobInput,
  options: MaterialOptions.default({
    tone: 'formal',
    length: 'standard',
    culture: 'corporate',
    questions: [],
  }),
});
export type GenerateMaterialsRequest = z.input<typeof GenerateMaterialsRequest>;

export const GenerateMaterialsResponse = z.object({
  doc: MaterialDoc,
  notes: z.array(z.object({ text: z.string(), reason: z.string() })),
  attempts: z.number().int(),
  provider: z.string(),
  model: z.string(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
  /** Set when the provider failed and the deterministic path answered instead. */
  fallback: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type GenerateMaterialsResponse = z.infer<typeof GenerateMaterialsResponse>;
