import { textOf } from '../dom.ts';
import { parseSalary } from '../normalize/salary.ts';
import { registerAdapter } from '../registry.ts';
import { isGreenhouse, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Greenhouse: job-boards.greenhouse.io (current React board), boards.greenhouse.io (legacy
 * server-rendered board, `#app_body`), and embeds on employer sites (`?gh_jid=`).
 * Fixtures: tests/fixtures/jobs/greenhouse.html (current), greenhouse-legacy.html (legacy).
 */
export const selectors: SelectorSpec = {
  // Current board: .job__header > .job__title > h1 + .job__location. Legacy: h1.app-title.
  title: ['.job__title h1', '.job__header h1', 'h1.app-title', '#header h1', '.app-title'],
  // Legacy prints "at Company" under the title; the current board only has it in <title>.
  company: ['#header .company-name', '.company-name'],
  location: ['.job__location', '#header .location', '.location'],
  // Pay transparency block (current: .pay-range; legacy: .content-pay-transparency).
  salary: ['.pay-range', '.content-pay-transparency', '.pay-transparency'],
  description: ['.job__description', '#content', '.job-post-content', '#app_body .content'],
};

export default registerAdapter({
  id: 'greenhouse',
  matches: isGreenhouse,
  sniff: sniff('greenhouse'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    // "Job Application for <title> at <company>" is the board's fixed <title> pattern.
    const docTitle = textOf(doc.querySelector('title'), 400);
    const at = docTitle.match(/^Job Application for .+ at (.+)$/i);
    if (!r.fields.company && at) r.fields.company = at[1]!.trim();
    if (!r.fields.salary) {
      // Pay ranges rendered as separate <p>/<span>s after an "Annual Salary" label.
      const pay = doc.querySelector('.job__description .pay-input, .job__description [class*="pay" i]');
      const s = pay ? parseSalary(textOf(pay, 600), { minScore: 3 }) : null;
      if (s) r.fields.salary = s;
    }
    r.posting = !!r.fields.title;
    return r;
  },
});
