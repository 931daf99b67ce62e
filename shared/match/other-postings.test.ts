import { describe, expect, it } from 'vitest';
import { withoutOtherPostings } from './other-postings.ts';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';

const FOOT = [
  'Remote within Canada. Candidates must live in Canada.',
  '',
  'Similar Jobs',
  'Senior Designer, Patient App | Content Designer | UX Researcher (contract)',
  '',
  'We are an equal opportunity employer.',
].join('\n');

describe('a list of other postings at a posting foot', () => {
  it('is taken out under its heading, to the next blank line; the rest stays', () => {
    const out = withoutOtherPostings(FOOT);
    expect(out).not.toMatch(/Researcher|Similar Jobs/);
    expect(out).toMatch(/Remote within Canada[\s\S]*equal opportunity/);
    for (const heading of ['People also viewed', 'More Jobs at Meridian Clearing', 'Similar Jobs (3)'])
      expect(withoutOtherPostings(`${heading}\nData Analyst - Remote`)).not.toMatch(/Analyst/);
  });

  it('leaves a line that only starts with such a word', () => {
    const text = 'Related experience in SQL\nMore jobs will open as we grow, and you can help hire.';
    expect(withoutOtherPostings(text)).toBe(text);
  });

  it('does not make the posting the role its list names, for someone who rules that role out', () => {
    const body = [
      'Build and ship the ranking models for sponsored listings; our research group is a separate team.',
      '',
      'Similar Jobs',
      'Scientist II - Search | Research Scientist - Computer Vision (Research Group)',
    ].join('\n');
    const job = prepareJob(makeJob(body, { title: 'Scientist' }));
    expect(ruledOutBy(prepareRuledOut(['research']), job)).toBeNull();
  });
});
