import { textOf } from '../dom.ts';
import { registerAdapter } from '../registry.ts';
import { isWorkday, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Workday: <tenant>.wd<N>.myworkdayjobs.com/<site>/job/<location>/<title>_<reqId>. Rendered DOM
 * keyed by data-automation-id; the page <h1> is the career site's banner ("CAREERS AT X"), not
 * the job. Fixture: tests/fixtures/jobs/workday.html.
 */
export const selectors: SelectorSpec = {
  title: ['[data-automation-id="jobPostingHeader"]'],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  employmentType: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
  workType: ['[data-automation-id="remoteType"] dd', '[data-automation-id="workerSubType"] dd'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  posted: ['[data-automation-id="postedOn"] dd'],
  apply: ['a[data-automation-id="adventureButton"]', 'a[data-uxi-element-id^="Apply"]'],
  posting: ['[data-automation-id="jobPostingHeader"]'],
};

export default registerAdapter({
  id: 'workday',
  matches: isWorkday,
  sniff: sniff('workday'),
  extract(doc, url, ref) {
    const r = readSelectors(doc, selectors, ref);
    // Several locations are listed one per <dd>.
    const dds = Array.from(doc.querySelectorAll('[data-automation-id="locations"] dd')).map((d) =>
      textOf(d, 200),
    );
    if (dds.length > 1) r.fields.locations = dds.map((raw) => ({ raw }));
    const banner = textOf(doc.querySelector('h1'), 200).match(/^careers at (.+)$/i)?.[1];
    const tenant = url.hostname.split('.')[0] ?? '';
    r.fields.company = banner ?? (tenant ? tenant[0]!.toUpperCase() + tenant.slice(1) : undefined);
    if (!r.fields.company) delete r.fields.company;
    return r;
  },
});
