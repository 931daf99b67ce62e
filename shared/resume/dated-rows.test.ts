import { describe, expect, it } from 'vitest';
import { readDatedRows } from './dated-rows.ts';
import { parseResumeText } from './parse.ts';

const HEADLESS = [
  'Dana Whitcombe',
  'Leeds | dana.w@example.org | 07700 900456',
  'Warehouse supervisor with six years in third-party logistics. Looking for an operations manager role.',
  'Mar 2022 - present   Warehouse Supervisor, Northfold Logistics, Leeds',
  '                     Lead 3 shifts of 40 pickers; cut mis-picks by a third',
  '                     Own the weekly labour plan and the agency budget',
  'Jun 2019 - Feb 2022  Team Leader, Calder Freight, Wakefield',
  '                     Ran goods-in for 2 chilled docks',
  '2018                 Level 3 Diploma in Warehousing and Storage',
  'WMS (Manhattan), Excel, forklift counterbalance licence',
].join('\n');

describe('readDatedRows: dates on the left, roles on the right', () => {
  it('reads each row as a role with its dates and its hung lines as bullets', () => {
    const draft = parseResumeText(HEADLESS);
    expect(
      draft.experience.map((e) => [e.title, e.company.split(',')[0], e.start, e.bullets.length]),
    ).toEqual([
      ['Warehouse Supervisor', 'Northfold Logistics', '2022-03', 2],
      ['Team Leader', 'Calder Freight', '2019-06', 1],
    ]);
    // The lines that were no rows stay where they were: the summary still reads its role sought.
    expect(draft.targetTitles).toEqual(['Operations manager']);
    expect(draft.contact).toMatchObject({ firstName: 'Dana', lastName: 'Whitcombe' });
  });

  it('leaves a row dated by one year (a degree, a certificate) as it is', () => {
    expect(readDatedRows(HEADLESS).split('\n')).toContain(
      '2018                 Level 3 Diploma in Warehousing and Storage',
    );
  });

  it('rewrites rows in place under a heading of their own, with a bar between date and role', () => {
    const text = [
      'EMPLOYMENT',
      '2020 - 2024 | Staff Nurse, St Brennan Hospital, Cork',
      '              Surgical ward of 28 beds; preceptor to new graduates',
      '2017 - 2020 | Healthcare Assistant, Mercy Care Home, Cork',
      '              Personal care for 30 residents',
      'EDUCATION',
      'BSc General Nursing, University College Cork, 2020',
    ].join('\n');
    expect(readDatedRows(text).split('\n').slice(0, 6)).toEqual([
      'EMPLOYMENT',
      'Staff Nurse, St Brennan Hospital, Cork',
      '2020 - 2024',
      '- Surgical ward of 28 beds; preceptor to new graduates',
      'Healthcare Assistant, Mercy Care Home, Cork',
      '2017 - 2020',
    ]);
    expect(parseResumeText(text).experience.map((e) => e.title)).toEqual([
      'Staff Nurse',
      'Healthcare Assistant',
    ]);
  });

  it('leaves an ordinary layout and a single dated line alone', () => {
    const ordinary = [
      'EXPERIENCE',
      'Staff Nurse, St Brennan Hospital, Cork        2020 - 2024',
      '- Ward of 28 beds',
      'Healthcare Assistant, Mercy Care Home         2017 - 2020',
    ].join('\n');
    expect(readDatedRows(ordinary)).toBe(ordinary);
    const once = 'Summary\n2019 - 2021  I cared for my father full time.\nEXPERIENCE';
    expect(readDatedRows(once)).toBe(once);
  });

  it("leaves rows under another section's heading alone, and reads an academic CV's appointments", () => {
    const text = [
      'ACADEMIC APPOINTMENTS',
      '2023 - present   Postdoctoral Researcher, ETH Zurich (NLP group). Multilingual instruction tuning; supervise 2 PhD',
      '                 students and 4 MSc theses.',
      'EDUCATION',
      '2018 - 2023      PhD in Informatics, University of Edinburgh.',
      '2014 - 2018      B.Tech Computer Science, IIT Madras.',
      'INDUSTRY EXPERIENCE (about 3 years in total)',
      '2021 - 2022      Student Researcher (part-time, 14 months), a search lab, Zurich. Distilled a retriever.',
      '2020             Research Intern (6 months), a shop, Berlin. Query translation.',
    ].join('\n');
    const draft = parseResumeText(`Ana Ruiz\n${text}`);
    expect(draft.experience.map((e) => [e.title, e.start, e.bullets])).toEqual([
      [
        'Postdoctoral Researcher',
        '2023-01',
        ['Multilingual instruction tuning; supervise 2 PhD students and 4 MSc theses.'],
      ],
      ['Student Researcher (part-time, 14 months)', '2021-01', ['Distilled a retriever.']],
      ['Research Intern (6 months)', '2020-01', ['Query translation.']],
    ]);
    expect(draft.education.map((e) => e.degree)).toEqual(['PhD', 'B.Tech']);
  });
});
