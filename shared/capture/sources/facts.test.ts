import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { workTypeFromLabel } from '../normalize/arrangement.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { typeTheFactStates } from '../normalize/employment-overrides.ts';
import { chipValue, readFacts, workplaceAnswer } from './facts.ts';
import { salaryOfFacts } from './facts-pay.ts';
import { scanPage } from './scan.ts';

const factsOf = (body: string) =>
  readFacts(scanPage(parseHTML(`<html><body>${body}</body></html>`).document).dts);

describe('label → value facts', () => {
  it('reads a property list whose labels are any wording the fact labels list, in any language', () => {
    const facts = factsOf(`<h1>Chef de projet</h1>
      <div class="props"><div><span class="prop-name">Type de contrat</span><span class="prop-value">CDD</span></div>
      <div><span class="prop-name">Lieu de travail</span><span class="prop-value">Nantes</span></div></div>`);
    expect(facts.get('employment')).toBe('CDD');
    expect(facts.get('location')).toBe('Nantes');
  });

  it('does not take a header row of labels as a label and its value', () => {
    const facts = factsOf(`<h1>Chef de projet</h1><p>Pilotez nos chantiers.</p>
      <div class="row head"><span>Contract</span><span>Location</span><span>Pay</span></div>
      <div class="row"><a href="/j/2">Site Surveyor</a><span>Permanent</span><span>Leeds</span></div>`);
    expect(facts.get('employment')).toBeUndefined();
    expect(facts.get('location')).toBeUndefined();
  });
});

describe('an FTE fact', () => {
  it("reads a facts table's FTE row as its own fact, beside a position type that names no type", () => {
    const facts = factsOf(`<h1>Math Teacher</h1><table>
      <tr><td>Position Type:</td><td>Licensed/Secondary Mathematics</td></tr>
      <tr><td>Full-time equivalent:</td><td>0.4 (Tuesdays and Thursdays)</td></tr></table>`);
    expect(facts.get('fte')).toBe('0.4 (Tuesdays and Thursdays)');
  });
});

describe('a label leading its own line', () => {
  it('reads the plain text after a label element as its value', () => {
    const facts = factsOf(`<h1>Trainee Joiner</h1><ul class="meta">
      <li><b>Location</b> Leeds (Kirkstall yard)</li><li><span>Contract</span> Apprenticeship, 24 months</li></ul>`);
    expect(facts.get('location')).toBe('Leeds (Kirkstall yard)');
    expect(facts.get('employment')).toBe('Apprenticeship, 24 months');
  });

  it('does not take a label word in the middle of a sentence as a fact', () => {
    const facts = factsOf(`<h1>Trainee Joiner</h1><p>Ask about our <b>location</b> allowance today.</p>`);
    expect(facts.get('location')).toBeUndefined();
    const para = factsOf(`<h1>Trainee Joiner</h1><p><b>Pay</b> is reviewed every spring against the regional
      survey, and overtime, call-outs and the yearly bonus of up to $4,000 are paid on top of the base rate.</p>`);
    expect(para.get('salary')).toBeUndefined();
  });
});

describe('a pay range printed as two facts', () => {
  it('joins a minimum and a maximum pay fact into one range', () => {
    const facts = factsOf(`<h1>Line Cook</h1><dl>
      <dt>Minimum Pay Rate</dt><dd>USD $18.50/Hr.</dd>
      <dt>Maximum Pay Rate</dt><dd>USD $23.00/Hr.</dd></dl>`);
    expect(salaryOfFacts(facts)).toMatchObject({ min: 18.5, max: 23, currency: 'USD', period: 'HOUR' });
  });

  it('takes no range from one side alone', () => {
    const facts = factsOf(`<h1>Line Cook</h1><dl><dt>Salary from</dt><dd>£24,000 per annum</dd></dl>`);
    expect(salaryOfFacts(facts)).toBeNull();
  });

  it("reads a currency range printed under the post's grade or class as the pay", () => {
    const facts = factsOf(`<h1>Lab Technician</h1><dl>
      <dt>Grade</dt><dd>Technical grade 5<br>£27,180 - £30,805</dd>
      <dt>Relocation support</dt><dd>£2,000 - £5,000</dd></dl>`);
    expect(salaryOfFacts(facts)).toMatchObject({ min: 27180, max: 30805, currency: 'GBP' });
  });

  it('does not read a benefit range under its own label as the pay', () => {
    const facts = factsOf(`<h1>Lab Technician</h1><dl><dt>Sign-on bonus</dt><dd>$1,000 - $3,000</dd></dl>`);
    expect(salaryOfFacts(facts)).toBeNull();
  });
});

describe('a chip that prints its label before its value', () => {
  it("keeps the value only, so the label's words are not read as the value", () => {
    expect(chipValue('remote type Flexible')).toBe('Flexible');
    expect(chipValue('Work model: Hybrid')).toBe('Hybrid');
    expect(chipValue('Remote status')).toBe('');
    expect(chipValue('Remote · Full time')).toBe('Remote · Full time');
    expect(chipValue('Remote Berlin')).toBe('Remote Berlin');
    // A yes/no after an arrangement label answers it.
    expect(chipValue('Télétravail : Non')).toBe('not remote');
    expect(chipValue('Home office: no')).toBe('not remote');
    expect(chipValue('Telework: Yes')).toBe('hybrid');
    // An arrangement that leads and then explains itself keeps the lead.
    expect(chipValue('On-site post: this role cannot be worked from home')).toBe('On-site post');
    expect(chipValue('Hybrid: 2 days in the office')).toBe('Hybrid');
    expect(chipValue('Office-based: five days at our Reno depot')).toBe('Office-based');
    expect(chipValue('Remote job: No')).toBe('not remote');
  });
});

describe('a pay fact without a currency sign', () => {
  it('reads the value under a pay label as pay: the label is its context', () => {
    const facts = factsOf('<h1>Brand Designer</h1><dl><dt>Compensation</dt><dd>48K-56K</dd></dl>');
    expect(salaryOfFacts(facts)).toMatchObject({ min: 48_000, max: 56_000, currency: null, period: 'YEAR' });
  });
});

describe('a primary location field', () => {
  it('reads "Primary Location" in a field table as the location', () => {
    const facts = factsOf(`<span class="titlepage">Crane Operator</span><table>
      <tr><td class="subtitle">Primary Location</td><td class="text">United States-Iowa-Ames</td></tr>
      <tr><td class="subtitle">Schedule</td><td class="text">Full-time</td></tr></table>`);
    expect(facts.get('location')).toBe('United States-Iowa-Ames');
  });
});

describe('a public employer status fact', () => {
  it('reads "Status" / "Employment status" as the type fact, and a status that is no type as nothing', () => {
    const facts = factsOf(`<h1>Registered Practical Nurse</h1>
      <dl><dt>Status</dt><dd>Temporary Full-Time</dd><dt>Location</dt><dd>Peterborough</dd></dl>`);
    expect(facts.get('employment')).toBe('Temporary Full-Time');
    expect(typeTheFactStates('full_time', facts.get('employment') ?? '')?.type).toBe('temporary');
    const regular = factsOf(`<h1>Clerk</h1><dl><dt>Employment Status</dt><dd>Regular Part-Time</dd></dl>`);
    expect(parseEmploymentType(regular.get('employment'))).toBe('part_time');
    const open = factsOf(`<h1>Clerk</h1><dl><dt>Status</dt><dd>Open until filled</dd></dl>`);
    expect(parseEmploymentType(open.get('employment') ?? '')).toBeNull();
  });
});

describe('a tenure fact', () => {
  it('reads "Tenure" as the type fact, as Irish and UK public employers label the contract', () => {
    const facts = factsOf(`<h1>Senior Pharmacist</h1><table>
      <tr><th>Tenure</th><td>Permanent Whole-time</td></tr><tr><th>Location</th><td>Ennis</td></tr></table>`);
    expect(parseEmploymentType(facts.get('employment'))).toBe('full_time');
    const temp = factsOf(`<h1>Clerk</h1><dl><dt>Tenure</dt><dd>Temporary, 11 months</dd></dl>`);
    expect(parseEmploymentType(temp.get('employment'))).toBe('temporary');
  });
});

describe('an hours label among the facts', () => {
  it('reads the contract’s weekly hours under an hours label as the type', () => {
    for (const [label, value, type] of [
      ['Contracted hours', '22.5 hrs/wk', 'part_time'],
      ['Hours per week', '16 hours per week', 'part_time'],
      ['Weekly hours', '37.5 hrs / week', 'full_time'],
      ['Contractual hours', '40 hours a week', 'full_time'],
    ] as const) {
      const facts = factsOf(`<h1>Night Colleague</h1><dl><dt>Pay</dt><dd>£12.85 per hour</dd>
        <dt>${label}</dt><dd>${value}</dd></dl>`);
      expect(parseEmploymentType(facts.get('employment') ?? '')).toBe(type);
    }
  });
});

describe('a pay rate label among the facts', () => {
  it('reads an hourly, daily or pay rate row as the pay, a single figure too', () => {
    for (const label of ['Hourly rate', 'Pay rate', 'Rate of pay', 'Day rate']) {
      const facts = factsOf(`<h1>Road Worker</h1><table><tr><th>${label}</th><td>$23.18 per hour</td></tr>
        <tr><th>Department</th><td>Public Works</td></tr></table>`);
      expect(salaryOfFacts(facts)).toMatchObject({ min: 23.18, max: 23.18 });
    }
  });
});

describe('a remote-work question answered "not applicable"', () => {
  it('reads N/A under a telework or remote label as not remote, and leaves other labels alone', () => {
    expect(workplaceAnswer('Telework', 'N/A – field position')).toBe('not remote');
    expect(workplaceAnswer('Remote work', 'Not applicable')).toBe('not remote');
    expect(workplaceAnswer('Workplace type', 'N/A')).toBe('N/A');
  });
});

describe('where the job is based, as a key-details row', () => {
  it('reads a "Base" row as the arrangement the job is based in', () => {
    const facts =
      factsOf(`<h1>Finance Partner</h1><table><tr><th>Base</th><td>Home-based, anywhere in GB<br>+ one day a month at our support centre</td></tr>
      <tr><th>Contract</th><td>Perm</td></tr></table>`);
    expect(workTypeFromLabel(facts.get('workplace') ?? '')).toBe('remote');
    const site = factsOf(
      `<h1>Finance Partner</h1><table><tr><th>Work base</th><td>Depot-based, Leeds</td></tr></table>`,
    );
    expect(workTypeFromLabel(site.get('workplace') ?? '')).toBe('onsite');
  });
});

describe('a weekly-hours fact whose value is the bare number', () => {
  it('reads the number under an hours-a-week label as the weekly hours, which give the type', () => {
    const facts = factsOf(`<h1>Home Care Aide</h1><dl>
      <dt>Hours/Week</dt><dd>25</dd><dt>Shift</dt><dd>Days</dd></dl>`);
    expect(facts.get('employment')).toBe('25 hours per week');
    expect(parseEmploymentType(facts.get('employment'))).toBe('part_time');
    const full = factsOf(`<h1>Stock Lead</h1><table><tr><th>Hrs / Wk</th><td>40</td></tr></table>`);
    expect(parseEmploymentType(full.get('employment'))).toBe('full_time');
    const weekly = factsOf(`<h1>Porter</h1><dl><dt>Weekly hours</dt><dd>16 - 20</dd></dl>`);
    expect(parseEmploymentType(weekly.get('employment'))).toBe('part_time');
  });
  it('leaves a bare number under another label alone', () => {
    const facts = factsOf(`<h1>Porter</h1><dl><dt>Hours</dt><dd>25</dd></dl>`);
    expect(facts.get('employment')).toBe('25');
  });
});

describe("a public employer's classification row", () => {
  it('gives the type only where no employment fact does, and still gives a class its pay', () => {
    const tenure = factsOf(`<h1>Road Maintenance Worker</h1><table>
      <tr><th>Classification</th><td>Permanent, Benefited – 2,080 hrs/yr; FLSA Non-Exempt</td></tr></table>`);
    expect(parseEmploymentType(tenure.get('classification'))).toBe('full_time');
    const both = factsOf(`<h1>Budget Analyst</h1><table>
      <tr><th>Classification</th><td>Analyst II $6,110.00 - $7,648.00 Monthly</td></tr>
      <tr><th>Job type</th><td>Part-time</td></tr></table>`);
    expect(parseEmploymentType(both.get('classification'))).toBeNull();
    expect(parseEmploymentType(both.get('employment'))).toBe('part_time');
    expect(salaryOfFacts(both)).toMatchObject({ min: 6110, max: 7648 });
  });
});
