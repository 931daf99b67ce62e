import { describe, expect, it } from 'vitest';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import { makeJob, runsInto } from './testing.ts';

describe('a ruled-out phrase of several words', () => {
  const prison = [
    'Hawthorn Secure Unit is a forensic mental health service with 60 secure beds and a prison in-reach team.',
    'You will join the secure unit rehabilitation team and the prison in-reach clinic twice a week.',
    'Experience in a secure or forensic setting is welcome.',
  ].join('\n');

  it('is met when the posting uses every word, more than once, together in a paragraph', () => {
    expect(runsInto('forensic prison', 'Mental Health Nurse', prison)).toBe('forensic prison');
  });

  it('is not met by words the posting uses apart or only once', () => {
    const apart =
      'We run a prison in-reach clinic.\nOur prison team is small.\nForensic notes are kept.\nForensic audits follow.';
    expect(runsInto('forensic prison', 'Mental Health Nurse', apart)).toBeNull();
    expect(runsInto('forensic prison', 'Mental Health Nurse', 'A forensic prison role.')).toBeNull();
  });

  it('is not met by the phrase named once in passing, its words used apart elsewhere', () => {
    const beside = [
      'Each field engineer works beside two site supervisors on our largest builds.',
      'You will plan site visits, sign off supervisor checklists and keep each site safe.',
    ].join('\n');
    expect(runsInto('site supervisor', 'Field Engineer', beside)).toBeNull();
  });

  it('leaves out words that say how much rather than what ("web-app-only")', () => {
    const text = 'Our web app is built in Vue.\nYou will build Vue components for our web app.';
    expect(runsInto('web-app-only', 'Frontend Engineer', text)).toBe('web-app-only');
  });
});

describe('a ruled-out field the posting names in its colleagues', () => {
  it('is not met by the people who do it beside the job, but by the job itself', () => {
    const ios = [
      'You will line-manage the four iOS engineers in the team; our apps also run on Android.',
      'You will agree release plans with the Android lead every sprint.',
      'Last, a technical session with the Android lead and a senior iOS engineer.',
    ].join('\n');
    expect(runsInto('Android', 'Lead iOS Engineer', ios)).toBeNull();
    const android =
      'Join our Android team.\nYou will build the Android app in Kotlin with two Android engineers.';
    expect(runsInto('Android', 'Mobile Engineer', android)).toBe('Android');
  });

  it('teams the role hands its work to ("processor, underwriting and closing teams") are not its work', () => {
    const officer = [
      'Originate purchase and refinance loans from realtor and builder referrals.',
      'Work with your dedicated processor, underwriting and closing teams to deliver on-time closings.',
      'In-house processing, underwriting and closing, plus portfolio and jumbo products through the bank.',
    ].join('\n');
    expect(runsInto('underwriting', 'Retail Mortgage Loan Officer', officer)).toBeNull();
    const underwriter = [
      'Review and approve conventional and FHA loans against our underwriting guidelines.',
      'Clear underwriting conditions and issue underwriting decisions within 48 hours.',
    ].join('\n');
    expect(runsInto('underwriting', 'Mortgage Underwriter', underwriter)).toBe('underwriting');
  });
});

describe('a ruled-out word', () => {
  it('is met by its own endings, not by a longer word that starts the same', () => {
    const boilerplate = [
      'Our florists arrange flowers for weddings and hotel lobbies across the city.',
      'We welcome applicants of any marital or civil partnership status; partnership status never counts against you.',
    ].join('\n');
    expect(runsInto('partner', 'Senior Florist', boilerplate)).toBeNull();
    const about = 'You will recruit new partners.\nEach of your partners gets a quarterly plan.';
    expect(runsInto('partner', 'Florist', about)).toBe('partner');
    const crm = 'We log every order in Salesforce.\nOur Salesforce reports show each florist their week.';
    expect(runsInto('sales', 'Florist', crm)).toBeNull();
  });
});

describe('a ruled-out field the person works beside', () => {
  // A data analyst who ruled out "engineering" and whose own bullets return to engineers.
  const own = [
    'Partnered with the engineering team to ship a churn dashboard.',
    'Wrote the metric definitions that engineering now uses in every release review.',
    'Built cohort analyses in SQL and presented them to the leadership team every month.',
  ].join('\n');
  const ruled = (phrase: string) => prepareRuledOut([phrase], own);
  const posting = (text: string) => prepareJob(makeJob(text, { title: 'Senior Data Analyst' }));
  const beside = [
    'You will sit with product and engineering and own the metrics behind our pricing decisions.',
    'Work with engineering leads on event tracking, then build the dashboards and analyses that follow.',
    'You will present findings to the leadership team, run experiments and define the KPIs each squad reports.',
  ].join('\n');
  const about = [
    'Most of the week is engineering: you will build engineering pipelines and review engineering designs.',
    'Engineering standards, engineering on-call and engineering hiring are part of the role.',
  ].join('\n');

  it('is not met by a posting that mentions it no more often than the person’s own work', () => {
    expect(ruledOutBy(ruled('engineering'), posting(beside))).toBeNull();
  });

  it('is met by a posting that returns to it more than the person’s own work does', () => {
    expect(ruledOutBy(ruled('engineering'), posting(about))).toBe('engineering');
  });

  // Named twice as the job's own work; "work with engineering leads" would be in passing (in-passing.ts).
  it('is met by mentions alone when the person’s own work names it once at most', () => {
    const twice =
      'You will sit with product and engineering.\nEvent tracking is engineering work you will own.';
    expect(
      ruledOutBy(prepareRuledOut(['engineering'], 'Built cohort analyses in SQL.'), posting(twice)),
    ).toBe('engineering');
  });
});

describe('what a posting says the job is not', () => {
  const text = [
    'You will lead our payroll help desk of twelve agents and own the queue, the rota and the tooling.',
    'What this role is not: it is not an account management role, and account managers sit in Sales.',
  ].join('\n');

  it('does not count a phrase the posting negates', () => {
    expect(runsInto('account management', 'Help Desk Manager', text)).toBeNull();
    const affirmed = `${text}\nYou will also take on account management for our largest clients and their account management reviews.`;
    expect(runsInto('account management', 'Help Desk Manager', affirmed)).toBe('account management');
  });

  it('reads product or account management as a field, and only people management as managing', () => {
    expect(runsInto('account management', 'Help Desk Manager', 'Lead the help desk.')).toBeNull();
    expect(runsInto('product management', 'Engineering Manager', 'Lead the platform team.')).toBeNull();
    expect(runsInto('people management', 'Engineering Manager', 'Lead the platform team.')).toBe(
      'people management',
    );
    expect(runsInto('management', 'Head of Support', 'Lead the support team.')).toBe('management');
  });

  it('does not find a manager post in its words used apart: engineers beside a product manager', () => {
    const ic = [
      'We are six engineers and a product manager, working with one data scientist.',
      'You will build search services in Go with the other engineers.',
      'Last, a values conversation with the engineering manager and the product manager.',
    ].join('\n');
    expect(runsInto('engineering manager', 'Software Engineer (L4), Search', ic)).toBeNull();
    expect(runsInto('engineering manager', 'Engineering Manager, Search', ic)).toBe('engineering manager');
  });
});

describe('a requirement that asks for several of the fields the person ruled out', () => {
  const ruled = prepareRuledOut(['bookkeeping', 'payroll', 'tax returns']);
  const posting = (text: string) => prepareJob(makeJob(text, { title: 'Finance Officer' }));

  it('rules the posting out, each field named once', () => {
    const asks = [
      'You will run month-end for a family of charities.',
      'Requirements:',
      '- 3+ years of bookkeeping, payroll or a similar finance role.',
      '- Confident with Xero.',
    ].join('\n');
    expect(ruledOutBy(ruled, posting(asks))).toBe('bookkeeping');
  });

  it('leaves a posting that names one of them, or names two to say the job is not that', () => {
    const one = 'You will run month-end.\nRequirements:\n- 3+ years of bookkeeping or a similar role.';
    expect(ruledOutBy(ruled, posting(one))).toBeNull();
    const denied =
      'You will run month-end.\nRequirements:\n- No bookkeeping or payroll experience needed: we train you.';
    expect(ruledOutBy(ruled, posting(denied))).toBeNull();
  });
});

describe('the team a posting puts the role in', () => {
  const ruled = prepareRuledOut(['field marketing']);
  const posting = (text: string) => prepareJob(makeJob(text, { title: 'Events Manager' }));

  it('rules the posting out when that team is what the person said no to', () => {
    const inTeam = [
      'As an Events Manager in our Field Marketing team, you will run our regional roadshows.',
      'You will book venues, brief speakers and report pipeline from each event.',
    ].join('\n');
    expect(ruledOutBy(ruled, posting(inTeam))).toBe('field marketing');
    const joins = 'You will join the Field Marketing group and plan twelve customer events a year.';
    expect(ruledOutBy(ruled, posting(joins))).toBe('field marketing');
  });

  it('leaves a team the role only works beside, or a heading on its own line', () => {
    const beside = 'You plan our conferences and brief the field marketing managers who attend them.';
    expect(ruledOutBy(ruled, posting(beside))).toBeNull();
    const heading = 'THE ROLE\nOur field marketing team hands you the guest list for each conference.';
    expect(ruledOutBy(ruled, posting(heading))).toBeNull();
  });
});

describe('a ruled-out way of working ("office", "hybrid roles")', () => {
  const arranged = (phrase: string, locationText: string, text: string) =>
    ruledOutBy(
      prepareRuledOut([phrase]),
      prepareJob(makeJob(text, { title: 'Staff ML Engineer', locationText })),
    );
  const officeTalk =
    'We are remote-first. Our Toronto office hosts an optional team week each quarter.\nThe office has a quiet floor and the office kitchen is stocked.';

  it('is held against the posting’s arrangement, not the words in its text', () => {
    expect(arranged('office', 'Remote (Canada)', officeTalk)).toBeNull();
    expect(arranged('hybrid', 'Remote (Canada)', 'A hybrid of research and engineering.')).toBeNull();
  });

  it('is met by a posting that works that way; ruling out the office rules out hybrid too', () => {
    expect(arranged('hybrid', 'Toronto, ON (Hybrid)', 'Three days a week in our Toronto office.')).toBe(
      'hybrid',
    );
    expect(arranged('office', 'Toronto, ON (Hybrid)', 'Three days a week in our Toronto office.')).toBe(
      'office',
    );
    expect(arranged('on-site roles', 'Toronto, ON (On-site)', 'Work from our Toronto lab.')).toBe(
      'on-site roles',
    );
    expect(arranged('hybrid', 'Toronto, ON (On-site)', 'Work from our Toronto lab.')).toBeNull();
  });
});

describe('words that are not the work', () => {
  const job = (extra: string) =>
    [
      'You will build backend services in Java and Spring Boot for our clinic platform.',
      'Write clean, well-tested code and review your teammates code; you own features end to end.',
      extra,
    ].join('\n');

  it('a compound\'s tail ("well-tested") and the hiring steps ("coding test") are not testing work', () => {
    const steps = 'Selection process: online coding test - two technical interviews - an HR round.';
    expect(runsInto('testing', 'Software Engineer', job(steps))).toBeNull();
  });

  it('a posting that returns to testing as its work still runs into it', () => {
    const qa = 'You will write test plans, run regression testing and automate testing in Selenium.';
    expect(runsInto('testing', 'Software Engineer', job(qa))).toBe('testing');
  });
});

describe('a ruled-out field of two words the posting never names', () => {
  // A product analyst "not looking for data engineering roles".
  const embedded = [
    'The Search group has ML engineers who train the ranking models and a product squad; you are the data scientist in the squad.',
    'You tell the ML engineers and the squad whether their changes worked, from experiment data in Snowflake.',
  ].join('\n');

  it('is not met by the activity word\'s stem used of people ("ML engineers" beside "data")', () => {
    expect(runsInto('data engineering', 'Senior Data Scientist, Search', embedded)).toBeNull();
  });

  it('is met by the activity itself, said apart from the other word', () => {
    const pipelines = [
      'Our data team builds the pipelines behind billing data.',
      'Engineering here means Spark and Airflow; you will lead the engineering of our data loads.',
    ].join('\n');
    expect(runsInto('data engineering', 'Senior Engineer, Billing', pipelines)).toBe('data engineering');
  });
});

describe('a kind of employer ruled out', () => {
  const army = 'Lead soldiers in a supply platoon. Army officers serve across Australia.';
  it('is met by the employer that is one, not by a posting that names it as a customer', () => {
    const ruled = prepareRuledOut(['military']);
    const job = (company: string) => prepareJob(makeJob(army, { title: 'Logistics Officer', company }));
    expect(ruledOutBy(ruled, job('Australian Army'))).toBe('military');
    expect(ruledOutBy(ruled, job('Kestrel Defence Systems'))).toBeNull();
  });
});

describe("the person's own work, of a kind they turn down", () => {
  const close = [
    'Run the month-end close for two plants: accruals and reconciliations.',
    'Prepare month-end reporting and variance commentary.',
  ].join('\n');
  const job = (title: string, text = close) => prepareJob(makeJob(text, { title }));

  it("is met by the doer's title with the kind said twice, when the person was one", () => {
    const ruled = prepareRuledOut(['month-end accounting'], '', [], ['Management Accountant']);
    expect(ruledOutBy(ruled, job('Management Accountant'))).toBe('month-end accounting');
    expect(ruledOutBy(ruled, job('Management Accountant', 'Own the standard cost model.'))).toBeNull();
    expect(ruledOutBy(ruled, job('FP&A Analyst'))).toBeNull();
  });

  it('is read by its words alone when the person never did that work', () => {
    const ruled = prepareRuledOut(['month-end accounting'], '', [], ['Data Analyst']);
    expect(ruledOutBy(ruled, job('Management Accountant'))).toBeNull();
  });
});
