import { describe, expect, it } from 'vitest';
import { breaksDateRange } from './dates.ts';
import { parseExperience } from './entries.ts';
import { rejoinEntryLines, rejoinListLines } from './wrapped-lines.ts';

// Lines as pdfjs gives a resume's text layer: broken where the page ran out of room.
describe('experience lines a PDF broke, put back', () => {
  it('joins a date range broken after its dash, between month and year, or before its dash', () => {
    expect(breaksDateRange('Senior Engineer - Quillstack, Toronto Mar 2021 -', 'Present')).toBe(true);
    expect(breaksDateRange('Growth Marketing Manager - Kitewell | London | Apr', '2023 - present')).toBe(
      true,
    );
    expect(breaksDateRange('Engineering Manager - Lumora Pay, Singapore Apr 2023', '- Present')).toBe(true);
    // A bullet that begins with a year, and a title ending on a word like a month, are not cut ranges.
    expect(breaksDateRange('- Grew revenue 40% in 2023', '- 2024 revenue up 9% on plan')).toBe(false);
    expect(breaksDateRange('Head of Digital Marketing', '2019 - 2021')).toBe(false);
    const [role] = parseExperience(
      rejoinEntryLines(['Software Engineer - Fernhill, Toronto Mar 2021 -', 'Present']),
    );
    expect(role).toMatchObject({ title: 'Software Engineer', start: '2021-03', current: true });
  });

  it("keeps a bullet's wrapped lines in the bullet, not in the next role's heading", () => {
    const roles = parseExperience(
      rejoinEntryLines([
        'iOS Engineer - Pillbox Health, Berlin Mar 2022 - Present',
        '• Own the checkout flow end to end; work with the',
        'designers and the Android team on shared API contracts.',
        'Junior iOS Developer - Appwerk, Hamburg Jan 2020 - Feb 2022',
        '• Coached the on-call rotation of 9 engineers,',
        'Maintained the release train.',
      ]),
    );
    expect(roles.map((r) => r.title)).toEqual(['iOS Engineer', 'Junior iOS Developer']);
    expect(roles[0].bullets).toEqual([
      'Own the checkout flow end to end; work with the designers and the Android team on shared API contracts.',
    ]);
    expect(roles[1].bullets).toEqual([
      'Coached the on-call rotation of 9 engineers, Maintained the release train.',
    ]);
  });

  it('goes on past a semicolon, inside a bracket, and to a last line ending on a lower-case word', () => {
    const roles = parseExperience(
      rejoinEntryLines([
        'Data Scientist - Brightline, Toronto Oct 2024 - Present',
        '• Write decision memos for the VP Marketing and Finance;',
        'hand finished models to the ML engineers who deploy',
        'them.',
        '• Guild lead for mobile accessibility (VoiceOver, Dynamic',
        'Type).',
        '• Lead the audit on return-to-sport testing after',
        'ACL reconstruction.',
        'Graduate Research Assistant - Sep 2022 - Aug 2024',
        'University of Waterloo',
        'Machine Learning Engineer II -> Jan 2020 - Aug 2022',
        'Senior MLE, Recommendations - Zalando',
      ]),
    );
    expect(roles.map((r) => r.title)).toEqual([
      'Data Scientist',
      'Graduate Research Assistant',
      'Machine Learning Engineer II -> Senior MLE, Recommendations',
    ]);
    expect(roles[0].bullets).toHaveLength(3);
  });

  it('keeps a new role whose heading follows a bullet without a full stop', () => {
    const roles = parseExperience(
      rejoinEntryLines(['• Led the migration to Kubernetes', 'Senior Engineer - Acme, London 2019 - 2021']),
    );
    expect(roles.map((r) => r.title)).toEqual(['Senior Engineer']);
  });

  it('joins a heading broken inside brackets or after a separator, its flush-right dates after it', () => {
    expect(
      rejoinEntryLines([
        'Account Executive, Mid-Market (UK&I Jan 2021 - Present',
        'and Nordics) - Vantory Security, Dublin',
        'Territory Manager, Trauma & Jan 2018 - Dec 2020',
        'Extremities - Ortho Corp, Chicago',
        'Account Executive, Mid-Market - Stackwise (HR software),',
        'Chicago (2016-2018)',
      ]),
    ).toEqual([
      'Account Executive, Mid-Market (UK&I and Nordics) - Vantory Security, Dublin Jan 2021 - Present',
      'Territory Manager, Trauma & Extremities - Ortho Corp, Chicago Jan 2018 - Dec 2020',
      'Account Executive, Mid-Market - Stackwise (HR software), Chicago (2016-2018)',
    ]);
  });

  it('leaves a written two-line heading as it was', () => {
    const lines = [
      'Staff Nurse III, Medical Intensive Care Unit',
      'Lakeshore Medical Center, Chicago, IL | June 2019 - Present',
    ];
    expect(rejoinEntryLines(lines)).toEqual(lines);
  });

  it('keeps the next role apart from a role with no bullets whose dates a bar set off', () => {
    const lines = [
      'Staff Nurse (Band 5), Renal Unit',
      'Thornbury General Hospital | Jun 2015 - Feb 2017',
      'Staff Nurse, Elderly Care',
      'St Ives Community Hospital, Galway | Sep 2013 - May 2015',
    ];
    expect(rejoinEntryLines(lines)).toEqual(lines);
    expect(parseExperience(rejoinEntryLines(lines)).map((e) => [e.title, e.company])).toEqual([
      ['Staff Nurse (Band 5), Renal Unit', 'Thornbury General Hospital'],
      ['Staff Nurse, Elderly Care', 'St Ives Community Hospital'],
    ]);
  });
});

describe('skills lists a PDF broke mid-item, put back', () => {
  it('runs a list line on inside a bracket, after a separator, or when it fills the measure', () => {
    expect(
      rejoinListLines(
        [
          'Cloud: AWS (EC2, S3,',
          'Lambda), Docker, WCAG 2.2 /',
          'ARIA',
          'Enterprise new-logo sales, long multi-stakeholder cycles, mutual action plans, proof-of-value',
          'management, executive negotiation.',
          'Security: CNAPP and CSPM, email security',
          'Data: PostgreSQL, Kafka',
        ],
        95,
      ),
    ).toEqual([
      'Cloud: AWS (EC2, S3, Lambda), Docker, WCAG 2.2 / ARIA',
      'Enterprise new-logo sales, long multi-stakeholder cycles, mutual action plans, proof-of-value management, executive negotiation.',
      'Security: CNAPP and CSPM, email security',
      'Data: PostgreSQL, Kafka',
    ]);
  });
});

describe('a list line joined to the one above', () => {
  it('does not fill the measure by being joined: the next line is measured as printed', () => {
    expect(
      rejoinListLines(
        [
          'Python, PyTorch, JAX (working knowledge), C++ (some),',
          'CUDA basics',
          'Detection and segmentation, self-supervised learning, vision',
        ],
        62,
      ),
    ).toEqual([
      'Python, PyTorch, JAX (working knowledge), C++ (some), CUDA basics',
      'Detection and segmentation, self-supervised learning, vision',
    ]);
  });
});

describe('a portfolio role with its description under it, no bullet', () => {
  it('keeps the description apart from the heading whose dates end after a comma', () => {
    const lines = [
      'Content Designer, Fernbank (savings app) - Leeds, Mar 2022 - present',
      'Embedded in the payments and onboarding squads; pair with product designers from discovery to release.',
      'UX Writer, Pennywise - Leeds, Jun 2020 - Feb 2022',
    ];
    const joined = rejoinEntryLines(lines);
    expect(joined).toEqual(lines);
    const roles = parseExperience(joined);
    expect(roles.map((r) => [r.title, r.company])).toEqual([
      ['Content Designer', 'Fernbank (savings app)'],
      ['UX Writer', 'Pennywise'],
    ]);
    expect(roles[0].bullets).toEqual([lines[1]]);
  });
});
