import { describe, expect, it } from 'vitest';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { makeJob, makePersona, makeProfile } from './testing.ts';

const analyst = makeProfile({
  targetTitles: ['Data Analyst'],
  summary: "I'm looking for a data analyst role, and I would also take an FP&A analyst role.",
  experience: [
    {
      id: 'e1',
      title: 'Management Accountant',
      company: 'Acme',
      start: '2019-01',
      current: true,
      bullets: ['Month-end close and variance commentary', 'Built Power BI dashboards on SQL'],
    },
  ],
});
const posting = `About the role
You will build reports and models in SQL and Power BI, explain the numbers to the business and work
with finance and operations on budgets, forecasts and variance analysis.
The team of six sits between finance, operations and sales, and owns the monthly pack the executive
team reads. You will automate manual reports, keep the data model tidy and answer ad hoc questions.
Requirements
- 2+ years in analysis or finance
- SQL and Power BI
- Clear writing for people who do not read SQL
- Excel, including Power Query`;
const score = (title: string, persona = null as ReturnType<typeof makePersona> | null) =>
  scoreMatch(prepareProfile(analyst, persona, { asOf: '2025-06' }), prepareJob(makeJob(posting, { title })), {
    now: '2025-06-01T00:00:00.000Z',
  });
const cut = (title: string, persona?: ReturnType<typeof makePersona>) =>
  score(title, persona).adjustments?.find((a) => a.kind === 'second_choice');

describe('a stated second choice', () => {
  it('ranks a second-choice posting below a like first-choice one, and says so', () => {
    expect(cut('FP&A Analyst')?.detail).toContain('would also take FP&A analyst roles');
    expect(cut('Senior FP&A Analyst')).toBeDefined();
    expect(score('FP&A Analyst').rank ?? 0).toBeLessThan(score('Data Analyst').rank ?? 0);
  });

  it('leaves the first choice, and titles as like the first choice as the second, alone', () => {
    expect(cut('Data Analyst')).toBeUndefined();
    expect(cut('Analyst')).toBeUndefined();
  });

  it("gives way to a persona's own targets", () => {
    expect(cut('FP&A Analyst', makePersona({}, { targetTitles: ['FP&A Analyst'] }))).toBeUndefined();
  });
});
