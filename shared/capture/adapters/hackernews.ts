import { hackernews as board } from '../../boards/hackernews.ts';
import { squash, textOf } from '../dom.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import type { FieldBag } from '../types.ts';

/**
 * Hacker News "Who is hiring?" comment (news.ycombinator.com/item?id=<comment>): the comment is the
 * page's `.fatitem`; its first line is the community format "Company | Role | Location | REMOTE |
 * Salary | URL". Fixture: tests/fixtures/jobs/hackernews.html.
 */
export const selectors = {
  comment: '.fatitem .commtext',
  story: '.fatitem .onstory a',
};

const ROLE =
  /engineer|developer|scientist|designer|manager|lead|architect|analyst|sre|devops|intern|head of|director|founding|researcher|specialist|consultant|product|programmer|cto|vp\b/i;
const NOISE =
  /^(?:full[- ]?time|part[- ]?time|contract|intern(?:ship)?|remote|onsite|on-site|hybrid|visa|https?:|www\.|\$|€|£)/i;

export default registerAdapter({
  ...fromBoard(board),
  extract(doc) {
    const comment = doc.querySelector(selectors.comment);
    const story = textOf(doc.querySelector(selectors.story), 200);
    const f: FieldBag = {};
    if (!comment) return { fields: f, posting: false };
    // The header is the text before the first <p>.
    let head = '';
    for (let n = comment.firstChild; n && (n as Element).tagName !== 'P'; n = n.nextSibling)
      head += n.textContent ?? '';
    const segs = squash(head)
      .split(/\s+\|\s+|\s+\|\s*|\s*\|\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (segs.length >= 2) {
      f.company = segs[0]!.replace(/\s*\(.*?\)\s*$/, '').replace(/\s*\(?https?:\/\/\S+\)?/, '');
      const role = segs.slice(1).find((s) => ROLE.test(s) && !NOISE.test(s));
      if (role) f.title = role;
      const place = segs
        .slice(1)
        .find(
          (s) =>
            s !== role &&
            !/^\$|€|£/.test(s) &&
            !/https?:|www\./.test(s) &&
            (parseLocations(s)[0]?.country ||
              parseLocations(s)[0]?.region ||
              /remote|onsite|hybrid/i.test(s)),
        );
      if (place) f.locations = parseLocations(place);
      const wt = segs.map(workTypeFromLabel).find(Boolean);
      if (wt) f.workType = wt;
      const et = segs.map((s) => (s.length < 40 ? parseEmploymentType(s) : null)).find(Boolean);
      if (et) f.employmentType = et;
      const pay = segs.map((s) => parseSalary(s, { minScore: 1 })).find(Boolean);
      if (pay) f.salary = pay;
    }
    f.descriptionHtml = sanitizeElement(comment);
    f.descriptionText = htmlToText(f.descriptionHtml);
    const link = comment.querySelector('a[href^="http"]')?.getAttribute('href');
    if (link) f.applyUrl = link;
    return {
      fields: f,
      posting: /who is hiring/i.test(story) && !!f.title,
      confidenceOf: { title: 0.6, company: 0.7, locations: 0.6 },
    };
  },
});
