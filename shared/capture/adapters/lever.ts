import { metaContent, textOf } from '../dom.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { registerAdapter } from '../registry.ts';
import { isLever, sniff } from '../urls.ts';
import { readSelectors, type SelectorSpec } from './kit.ts';

/**
 * Lever: jobs.lever.co/<company>/<uuid> (posting) and …/apply (application page with the same
 * header). Fixture: tests/fixtures/jobs/lever.html.
 */
export const selectors: SelectorSpec = {
  title: ['.posting-headline h2', '.posting-header h2', '.posting-headline h1'],
  location: ['.posting-categories .location', '.posting-categories .sort-by-location', '.location'],
  employmentType: ['.posting-categories .commitment', '.sort-by-commitment'],
  workType: ['.posting-categories .workplaceTypes', '.workplaceTypes'],
  salary: ['[data-qa="salary-range"]', '.posting-salary', '.salary-range'],
  description: [
    '.section-wrapper [data-qa="job-description"]',
    '.posting-page .content [data-qa="job-description"]',
    '.posting-page .content',
  ],
  apply: ['.postings-btn-wrapper a[href*="/apply"]', 'a.postings-btn[href*="/apply"]'],
  posting: ['.posting-headline', '.posting-header'],
};

export default registerAdapter({
  id: 'lever',
  matches: isLever,
  sniff: sniff('lever'),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, selectors, ref);
    // Lever's og:title is "<Company> - <Title>"; the logo alt is the company name too.
    const og = metaContent(doc, 'og:title') || textOf(doc.querySelector('title'), 300);
    const title = r.fields.title ?? '';
    if (title && og.endsWith(` - ${title}`)) r.fields.company = og.slice(0, -(title.length + 3)).trim();
    if (!r.fields.company) {
      const alt = doc.querySelector('.main-header-logo img[alt], .main-header img[alt]')?.getAttribute('alt');
      if (alt) r.fields.company = alt.replace(/\s*logo$/i, '').trim();
    }
    // The description spans several sibling sections (intro, requirement lists, closing): read
    // their shared container rather than the first section only.
    const intro = doc.querySelector('[data-qa="job-description"]');
    const container = intro?.parentElement;
    if (container && !container.querySelector('form')) {
      r.fields.descriptionHtml = sanitizeElement(container);
      r.fields.descriptionText = htmlToText(r.fields.descriptionHtml);
    }
    // On …/apply there is no description: the page is the application form for this posting.
    if (!doc.querySelector('[data-qa="job-description"]') && doc.querySelector('#application-form')) {
      delete r.fields.descriptionHtml;
      delete r.fields.descriptionText;
      r.applicationPage = true;
    }
    return r;
  },
});
