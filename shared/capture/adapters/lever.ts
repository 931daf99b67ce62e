import { lever as board } from '../../boards/lever.ts';
import { metaContent, textOf } from '../dom.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import { readSelectors } from './kit.ts';

/** What the board's selectors alone miss (its board: shared/boards/lever.ts). */
export default registerAdapter({
  ...fromBoard(board),
  extract(doc, _url, ref) {
    const r = readSelectors(doc, board.capture, ref);
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
    const container = intro ? descriptionContainer(doc, intro) : null;
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

/**
 * The sections of the description: their shared container when the intro has sibling sections; when
 * each section sits in its own `section-wrapper` (the intro alone in its parent), the intro and the
 * sections after it in the posting's content, gathered in a detached block, without the header and
 * the closing apply button.
 */
function descriptionContainer(doc: Document, intro: Element): Element | null {
  const parent = intro.parentElement;
  if (!parent || parent.querySelectorAll(SECTION).length > 1) return parent;
  const content = intro.closest('.content') ?? parent.parentElement;
  const all = Array.from(content?.querySelectorAll(SECTION) ?? []);
  const sections = all
    .slice(all.indexOf(intro))
    .filter((s) => !s.matches('.posting-header, .last-section-apply'));
  if (sections.length < 2) return parent;
  const block = doc.createElement('div');
  for (const s of sections) block.appendChild(s.cloneNode(true));
  return block;
}

const SECTION = '.section.page-centered';
