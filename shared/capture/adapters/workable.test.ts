import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import workable from './workable.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const salaryOf = (description: string, benefits: string) => {
  const { document } = parseHTML(
    `<html><body><main><h1 data-ui="job-title">Warehouse Planner</h1>
    <section data-ui="job-description"><p>Plan the pick waves for our two warehouses near Braga.</p>${description}</section>
    <section data-ui="job-benefits"><h2>Benefits</h2><ul>${benefits}</ul></section></main></body></html>`,
  );
  return extractJob(document, 'https://apply.workable.com/armazem-norte/j/5D2E7A9C1B/', {
    now,
    adapters: [workable],
  }).fields.salary;
};

describe('Workable pay', () => {
  it('does not take a benefit amount from the benefits section for the salary', () => {
    const s = salaryOf(
      '<p>O salário vai de 1.500 € a 1.800 € brutos por mês.</p>',
      '<li>250 € por ano para livros e cursos</li><li>Cartão refeição de 9 € por dia</li>',
    );
    expect(s).toMatchObject({ min: 1500, max: 1800, currency: 'EUR', period: 'MONTH' });
  });

  it('still reads pay the benefits section states as pay', () => {
    const s = salaryOf('', '<li>Salary: €42,000 – €48,000 per year</li><li>25 days of leave</li>');
    expect(s).toMatchObject({ min: 42000, max: 48000, currency: 'EUR', period: 'YEAR' });
  });
});
