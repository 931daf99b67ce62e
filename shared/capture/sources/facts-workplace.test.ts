import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { workTypeFromLabel } from '../normalize/location.ts';
import { readFacts, workplaceAnswer } from './facts.ts';
import { scanPage } from './scan.ts';

const factsOf = (body: string) =>
  readFacts(scanPage(parseHTML(`<html><body>${body}</body></html>`).document).dts);
const answer = (label: string, value: string) => workTypeFromLabel(workplaceAnswer(label, value));

describe('a workplace fact answered in its own words', () => {
  it('reads "not eligible" under a flexible-work or remote label as not remote', () => {
    expect(answer('Flexible work', 'Not eligible – branch role')).toBe('onsite');
    expect(answer('Remote eligible', 'Ineligible')).toBe('onsite');
    expect(answer('Flexible working', 'Yes')).toBe('hybrid');
  });

  it('reads some days a week under a telework or remote label as part of the week at home', () => {
    expect(answer('Telework', 'Up to 2 days/wk once the 6-month probationary period is done')).toBe('hybrid');
    expect(answer('Remote work', '1-3 days per week')).toBe('hybrid');
    expect(answer('Telework', 'Two days a week after training')).toBe('hybrid');
    expect(answer('Telework', 'Fully remote')).toBe('remote');
  });

  it("reads Taleo's 'Telecommute' row answered 'No' as not remote", () => {
    const facts = factsOf(
      '<h1>Systems Engineering Intern</h1><div class="jd-field"><span class="lbl">Telecommute</span><span id="req.row1">No</span></div>',
    );
    expect(workTypeFromLabel(facts.get('workplace') ?? '')).toBe('onsite');
  });

  it('finds a flexible-work label printed as a line label with its value beside it', () => {
    const facts = factsOf(`<h1>Teller</h1>
      <div class="line"><span class="subtitle">Flexible work:</span> <span class="text">Not eligible – branch role</span></div>`);
    expect(facts.get('workplace')).toBe('not remote');
  });

  it('reads a telework row of a job-info table', () => {
    const facts = factsOf(`<h1>Planner II</h1><table>
      <tr><th scope="row">Telework</th><td>Up to 2 days/wk once the probationary period is done</td></tr></table>`);
    expect(facts.get('workplace')).toBe('hybrid');
  });

  it('reads a share of the working time: all of it is remote, less is part of the week', () => {
    const facts = factsOf(`<h1>Backend Developer</h1><dl>
      <dt>Mobile work</dt><dd>up to 100 % – the office is there if you want it</dd></dl>`);
    expect(facts.get('workplace')).toBe('remote');
    expect(answer('Remote work', 'up to 40 %')).toBe('hybrid');
    expect(answer('Telework', '60% of the time')).toBe('hybrid');
  });
});
