import { z } from 'zod';
import { boundedText, FIELD_LIMITS } from './limits.ts';

/**
 * Where an extracted value came from, strongest first. A weaker source never overwrites a
 * stronger one when fields merge; `user` (the person's own edit) beats everything.
 */
export const FieldSource = z.enum([
  'user',
  'api',
  'jsonld',
  'microdata',
  'adapter',
  'meta',
  'readability',
  'heuristic',
]);
export type FieldSource = z.infer<typeof FieldSource>;

export { SOURCE_RANK } from './source-rank.ts';

export const Provenance = z.object({
  source: FieldSource,
  /** 0..1; the UI marks a field below LOW_CONFIDENCE for the user to check. */
  confidence: z.number().min(0).max(1),
  /** Which adapter, selector or rule produced it, for debugging and the side panel. */
  detail: boundedText(FIELD_LIMITS.shortText).optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const LOW_CONFIDENCE = 0.6;
