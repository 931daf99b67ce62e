import type { FieldSource } from './provenance.ts';

/**
 * How strong each source of an extracted value is: a weaker one never overwrites a stronger one when fields
 * merge (capture's merge and the job merge both read it). Its own module, free of zod, so the content script's
 * capture can import it without the schemas.
 */
export const SOURCE_RANK: Record<FieldSource, number> = {
  user: 7,
  api: 6,
  jsonld: 5,
  microdata: 4,
  adapter: 4,
  meta: 3,
  readability: 2,
  heuristic: 1,
};
