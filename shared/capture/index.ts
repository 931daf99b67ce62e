/**
 * Job capture: pure extraction over a DOM passed in. The extractor script (injected when the user
 * saves), tests and the benchmark import `./adapters/all.ts` to register every adapter.
 */

export { fuzzyKey } from '../domain/job-identity.ts';
export { CORE_FIELDS, extractJob } from './extract.ts';
export { atsRefFromUrl, canonicalUrl } from './identity.ts';
export { parseDate } from './normalize/dates.ts';
export { parseEmploymentType } from './normalize/employment.ts';
export { sanitizeHtmlString } from './normalize/html.ts';
export { parseLocation, parseLocations } from './normalize/location.ts';
export { parseSalary } from './normalize/salary.ts';
export { adapterFor, registerAdapter, registeredAdapters } from './registry.ts';
export type { AdapterResult, CapturedJob, ExtractOptions, SiteAdapter } from './types.ts';
