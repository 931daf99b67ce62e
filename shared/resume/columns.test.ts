import { describe, expect, it } from 'vitest';
import { unfoldColumns } from './columns.ts';
import { parseResumeText } from './parse.ts';

/** Lays two columns side by side, the right one starting at `at`, as a two-column PDF pastes. */
const sideBySide = (left: string[], right: string[], at: number) =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, i) =>
    right[i] ? (left[i] ?? '').padEnd(at) + right[i] : (left[i] ?? ''),
  ).join('\n');

const SIDEBAR = [
  'CONTACT',
  'Leeds, United Kingdom',
  'tom.hale@example.org',
  '+44 7700 900123',
  'SKILLS',
  'Kubernetes and Terraform',
  'PostgreSQL administration',
  'Incident command (on call)',
  'EDUCATION',
  'BEng Computer Systems, University of York',
  '2016',
];
const MAIN = [
  'EXPERIENCE',
  'Site Reliability Engineer, Harbourlight Bank, Leeds',
  'Mar 2021 - Present',
  '- Run the Kubernetes platform behind 120 services',
  '- Cut paging noise by a half with SLO-based alerts',
  'Systems Administrator, Dale & Moor Ltd, York',
  'Jul 2016 - Feb 2021',
  '- Kept 300 Linux hosts patched and backed up',
];

describe('unfoldColumns: a side-by-side two-column paste', () => {
  it('reads the left column, then the right one', () => {
    const text = unfoldColumns(sideBySide(SIDEBAR, MAIN, 44));
    const lines = text.split('\n');
    expect(lines.indexOf('EDUCATION')).toBeLessThan(lines.indexOf('EXPERIENCE'));
    expect(lines).toContain('Mar 2021 - Present');
    expect(lines).toContain('Site Reliability Engineer, Harbourlight Bank, Leeds');
  });

  it('keeps a full-width header above the columns where it stands', () => {
    const text = unfoldColumns(`TOM HALE\nSite Reliability Engineer\n${sideBySide(MAIN, SIDEBAR, 55)}`);
    expect(text.split('\n').slice(0, 3)).toEqual(['TOM HALE', 'Site Reliability Engineer', 'EXPERIENCE']);
    expect(text.indexOf('Kept 300 Linux hosts')).toBeLessThan(text.indexOf('CONTACT'));
  });

  it('reads the roles, the name and the education of either layout', () => {
    for (const text of [
      `TOM HALE\n${sideBySide(SIDEBAR, MAIN, 44)}`,
      `TOM HALE\n${sideBySide(MAIN, SIDEBAR, 56)}`,
    ]) {
      const draft = parseResumeText(text);
      expect(draft.contact).toMatchObject({ firstName: 'Tom', lastName: 'Hale' });
      expect(draft.experience.map((e) => [e.title, e.company.split(',')[0], e.start])).toEqual([
        ['Site Reliability Engineer', 'Harbourlight Bank', '2021-03'],
        ['Systems Administrator', 'Dale & Moor Ltd', '2016-07'],
      ]);
      expect(draft.education).toHaveLength(1);
    }
  });
});

describe('unfoldColumns: ordinary layouts stay as they are', () => {
  it('leaves a one-column resume alone', () => {
    const text = ['TOM HALE', ...MAIN, ...SIDEBAR].join('\n');
    expect(unfoldColumns(text)).toBe(text);
  });

  it('leaves roles with their dates aligned on the right, bullets full width, alone', () => {
    const text = [
      'EXPERIENCE',
      `${'Site Reliability Engineer, Harbourlight Bank'.padEnd(50)}Mar 2021 - Present`,
      '- Run the Kubernetes platform behind 120 services and the paging rota for the',
      `${'Systems Administrator, Dale & Moor Ltd'.padEnd(50)}Jul 2016 - Feb 2021`,
      `${'Junior Administrator, Dale & Moor Ltd'.padEnd(50)}Jul 2014 - Jun 2016`,
      `${'IT Support Technician, Ridings College'.padEnd(50)}Sep 2012 - Jun 2014`,
      `${'Helpdesk Assistant, Ridings College'.padEnd(50)}Sep 2011 - Aug 2012`,
    ].join('\n');
    expect(unfoldColumns(text)).toBe(text);
  });

  it('leaves dates on the left of their roles alone', () => {
    const text = [
      '2023 - now    Payroll Specialist II, Saguaro Health, Phoenix AZ',
      '              Weekly payroll for 3,200 employees in 14 states',
      '2021 - 2023   Payroll Specialist, Copperline Logistics, Tempe AZ',
      '              Garnishments, PTO accruals and benefit deductions',
      '2019 - 2021   Payroll Clerk, Desert Willow Schools, Mesa AZ',
      '2019          Associate of Applied Science, Accounting',
      '2022          Fundamental Payroll Certification (FPC)',
    ].join('\n');
    expect(unfoldColumns(text)).toBe(text);
  });

  it('leaves a table of short labels beside their values alone', () => {
    const text = [
      'Languages:   Python, Go, TypeScript, SQL',
      'Cloud:       AWS, GCP',
      'Data:        Postgres, Kafka',
    ]
      .concat(['Tools:       Terraform, Docker', 'Methods:     TDD, pairing, code review'])
      .join('\n');
    expect(unfoldColumns(text)).toBe(text);
  });
});

describe('unfoldColumns: a table ruled with bars', () => {
  it('is read by rows', () => {
    const text = [
      'Tool            | How well     | For',
      'Figma           | every day    | UI, components, variables, prototypes',
      'FigJam / Miro   | every week   | workshops, journey maps, affinity mapping',
      'Maze            | sometimes    | unmoderated tests',
      'Framer          | learning     | simple marketing sites',
      'HTML / CSS      | basic        | understanding hand-offs',
    ].join('\n');
    expect(unfoldColumns(text)).toBe(text);
  });
});
