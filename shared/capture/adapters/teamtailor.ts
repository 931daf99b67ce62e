import { metaContent } from '../dom.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { registerAdapter } from '../registry.ts';
import { isTeamtailor, sniff } from '../urls.ts';
import { labelValue, readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Teamtailor: <company>.teamtailor.com/jobs/<id>-<slug> (also custom career domains). The header
 * block lists department · location · remote status; the body is a `prose` block.
 * Fixture: tests/fixtures/jobs/teamtailor.html.
 */
export const selectors: SelectorSpec = {
  title: ['[data-job-title]', 'main h1', 'h1'],
  location: ['[data-job-location]', '.job-location'],
  workType: ['[data-job-remote-status]', '.job-remote-status'],
  description: ['[data-job-body]', '.job-body', 'main .prose', '.prose'],
  posting: ['[data-job-title]', 'main h1'],
};

export default registerAdapter({
  id: 'teamtailor',
  matches: isTeamtailor,
  sniff: sniff('teamtailor'),
  extract(doc, url, ref) {
    const r = readSelectors(doc, selectors, ref);
    if (!r.fields.locations) {
      const loc = labelValue(doc, /^locations?$/i);
      if (loc) r.fields.locations = parseLocations(loc);
    }
    if (!r.fields.workType) {
      const wt = workTypeFromLabel(labelValue(doc, /^remote status$|^workplace$/i));
      if (wt) r.fields.workType = wt;
    }
    const site = metaContent(doc, 'og:site_name') || url.hostname.split('.')[0] || '';
    if (site) r.fields.company = site;
    return r;
  },
});
