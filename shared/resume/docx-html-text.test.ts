import { describe, expect, it } from 'vitest';
import { materialDocx } from '../materials/export/docx.ts';
import { docxHtmlToText } from './docx-html-text.ts';
import { extractResumeText } from './extract-text.ts';
import { parseResumeText } from './parse.ts';

describe('a Word file read from its HTML', () => {
  it('keeps list items as bullets and ends a line at each paragraph, heading, break and cell', () => {
    const html =
      '<h1>Dana Ortiz</h1><p>Austin, TX<br />dana@example.com</p><h2>Experience</h2>' +
      '<p><strong>Analyst</strong> | Jan 2022 – Present</p><ul><li>Built forecasts &amp; reports</li>' +
      '<li>Ran S&amp;OP<ul><li>weekly</li></ul></li></ul><table><tr><td>SQL</td><td>Excel</td></tr></table>' +
      '<p>Q&#39;s &lt;none&gt;&nbsp;left &amp;lt;</p>';
    expect(docxHtmlToText(html).split('\n')).toEqual([
      'Dana Ortiz',
      'Austin, TX',
      'dana@example.com',
      'Experience',
      'Analyst | Jan 2022 – Present',
      '• Built forecasts & reports',
      '• Ran S&OP',
      '• weekly',
      '',
      'SQL',
      'Excel',
      '',
      "Q's <none> left &lt;",
    ]);
  });

  it('reads every role of a resume whose bullets are Word list items, not typed marks', async () => {
    const bytes = await materialDocx(
      [
        { kind: 'name', text: 'Dana Ortiz' },
        { kind: 'contact', text: 'Austin, TX | dana@example.com' },
        { kind: 'heading', text: 'EXPERIENCE' },
        { kind: 'text', text: 'Demand Planner | Lakeside Foods | Jan 2022 - Present' },
        { kind: 'bullet', text: 'Forecast 1,200 SKUs in SAP IBP and led the monthly S&OP demand review.' },
        { kind: 'bullet', text: 'Cut forecast error from 38% to 27% in one year.' },
        { kind: 'text', text: 'Supply Chain Analyst | Harbor Retail | Jun 2019 - Dec 2021' },
        { kind: 'bullet', text: 'Built Power BI inventory dashboards for 40 stores.' },
      ],
      'Resume',
    );
    const { kind, text } = await extractResumeText(bytes);
    expect(kind).toBe('docx');
    expect(text).toContain('• Cut forecast error from 38% to 27% in one year.');
    const roles = parseResumeText(text).experience;
    expect(roles.map((r) => [r.title, r.start, r.bullets.length])).toEqual([
      ['Demand Planner', '2022-01', 2],
      ['Supply Chain Analyst', '2019-06', 1],
    ]);
  });
});
