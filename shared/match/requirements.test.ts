import { describe, expect, it } from 'vitest';
import { lookupSkill } from '../skills/index.ts';
import { degreeOf } from './requirement-item.ts';
import { parsePosting } from './requirements.ts';
import { postingPay } from './salary.ts';
import { makeJob } from './testing.ts';

const id = (name: string) => lookupSkill(name)!.id;
const weightOf = (parsed: ReturnType<typeof parsePosting>, name: string) =>
  parsed.skills.find((s) => s.id === id(name))?.weight ?? 0;

const STRUCTURED = `About Tallyho
We build accounting software for 10,000 clinics. Health insurance and a 401(k) are included.

What you'll do
- Build services in Go and run them on Kubernetes.

Requirements
- 5+ years of backend engineering experience.
- Strong PostgreSQL skills.
- Bachelor's degree in Computer Science or equivalent experience.

Nice to have
- Kafka or RabbitMQ.
- Terraform is a plus.

Compensation: $150,000 - $180,000 per year. This role is fully remote within the United States.
We are unable to sponsor visas for this position.
We are an equal opportunity employer and consider all applicants without regard to disability.`;

describe('parsePosting on a posting with headings', () => {
  const p = parsePosting(
    makeJob(STRUCTURED, { title: 'Senior Backend Engineer', locationText: 'Remote (US)' }),
  );

  it('weighs required skills above preferred, and duties below both', () => {
    expect(weightOf(p, 'PostgreSQL')).toBe(3);
    expect(weightOf(p, 'Terraform')).toBe(1.5);
    expect(weightOf(p, 'Apache Kafka')).toBe(1.5);
    expect(weightOf(p, 'Kubernetes')).toBe(1);
  });

  it('reads years, degree, seniority, salary, remote country and the sponsorship statement', () => {
    expect(p.minYears).toBe(5);
    expect(p.degree).toMatchObject({ degree: 2, degreeFlexible: true, kind: 'required' });
    expect(p.seniority).toBe(3);
    expect(p.salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD', period: 'YEAR' });
    expect(p.workType).toBe('remote');
    expect(p.remoteCountries).toEqual(['US']);
    expect(p.sponsorship).toBe('none');
  });

  it('keeps benefits and equal-opportunity text out of the requirements', () => {
    expect(p.items.map((i) => i.text).join('\n')).not.toMatch(/equal opportunity|insurance/i);
    expect(p.items.filter((i) => i.kind === 'required')).toHaveLength(4); // 3 lines + the visa statement
    expect(p.items.filter((i) => i.kind === 'preferred')).toHaveLength(2);
  });

  it('groups "Kafka or RabbitMQ" as alternatives', () => {
    expect(p.alternatives).toContainEqual(expect.arrayContaining([id('Apache Kafka'), id('RabbitMQ')]));
  });
});

describe('parsePosting on other shapes', () => {
  it('reads an unstructured posting: lines that read like requirements are required', () => {
    const p = parsePosting(
      makeJob(
        'We are hiring a nurse for our clinic. You must have an active RN license and 2 years of experience in acute care. Experience with Epic is a plus.\nWe offer great pay.',
        { title: 'Registered Nurse' },
      ),
    );
    expect(p.minYears).toBe(2);
    expect(weightOf(p, 'Nursing')).toBe(3);
  });

  it('limits remote work to the office country only when the location names no wider scope beside it', () => {
    const remoteFrom = (locationText: string) =>
      parsePosting(makeJob('We build route planning software.', { title: 'Backend Engineer', locationText }))
        .remoteCountries;
    expect(remoteFrom('Lisbon, Portugal (Remote)')).toEqual(['PT']);
    expect(remoteFrom('Munich, Germany / Remote (EU)')).toEqual([]);
    expect(remoteFrom('Remote (UTC+0 to UTC+3) / Riga, Latvia')).toEqual([]);
  });

  it('reads where remote work may be done from, not the countries a posting turns down', () => {
    const text = [
      'We build route planning software.',
      'We work with engineers who live in Peru, Chile and Colombia.',
      'We cannot consider applicants based in Spain or Portugal for this opening.',
    ].join('\n');
    const p = parsePosting(
      makeJob(text, { title: 'Backend Engineer', locationText: 'Remote - South America' }),
    );
    expect(p.remoteCountries.sort()).toEqual(['CL', 'CO', 'PE']);
  });

  it('reads the prose way of asking ("a good fit if you have spent several years …") as required', () => {
    const p = parsePosting(
      makeJob(
        'Our studio makes mobile games. You would be a great fit if you have spent several years shipping Unity games in C#. We meet in Lisbon once a year.',
        { title: 'Game Developer' },
      ),
    );
    expect(weightOf(p, 'Unity')).toBe(3);
  });

  it('reads "we value …" as asked for and "… is a strong plus" as preferred in prose', () => {
    const p = parsePosting(
      makeJob(
        'Our studio makes design tools. We value experience leading a design system in Figma. Experience with Storybook is a strong plus. We meet in Lisbon once a year.',
        { title: 'Product Designer' },
      ),
    );
    expect(weightOf(p, 'Figma')).toBe(3);
    expect(weightOf(p, 'Storybook')).toBe(1.5);
  });

  it('treats an inline "Nice to have:" label as preferred and reads hybrid office days', () => {
    const p = parsePosting(
      makeJob(
        'Requirements:\n- SQL and Python\nNice to have: dbt, Looker\nHybrid: 3 days a week in our London office.',
        {
          locationText: 'London, UK',
        },
      ),
    );
    expect(weightOf(p, 'dbt')).toBe(1.5);
    expect(weightOf(p, 'SQL')).toBe(3);
    expect(p.workType).toBe('hybrid');
    expect(p.places[0]).toMatchObject({ city: 'london', country: 'GB' });
  });

  it('reads a junior level from "0-2 years", staff from the title, and offered sponsorship and relocation', () => {
    expect(
      parsePosting(makeJob('Requirements\n- 0-2 years of experience with JavaScript', { title: 'Developer' }))
        .seniority,
    ).toBe(1);
    const staff = parsePosting(
      makeJob('Visa sponsorship is available. Relocation assistance provided.', { title: 'Staff Engineer' }),
    );
    expect(staff.seniority).toBe(4);
    expect(staff.sponsorship).toBe('offered');
    expect(staff.relocation).toBe(true);
  });

  it('reads the right-to-work country and does not mistake "within 2 years" for experience', () => {
    const p = parsePosting(
      makeJob(
        'Requirements\n- MSN required, or completing within 2 years\nCandidates must be legally entitled to work in Canada.',
        { locationText: 'Toronto, ON, Canada' },
      ),
    );
    expect(p.authorizationCountries).toEqual(['CA']);
    expect(p.minYears).toBeNull();
    expect(p.degree?.degree).toBe(3);
  });

  it('keeps "4+ years, ideally in fintech" required and moves pay or schedule lines out of requirements', () => {
    const p = parsePosting(
      makeJob(
        'You have\n- 4+ years as a data scientist, ideally in fintech\n- Ideally some dbt\n- £75,000 – £90,000 + share options. Hybrid: 2 days a week in our office.',
      ),
    );
    expect(p.items.map((i) => [i.kind, i.text.slice(0, 12)])).toEqual([
      ['required', '4+ years as '],
      ['preferred', 'Ideally some'],
    ]);
    expect(p.minYears).toBe(4);
    expect(p.salary?.currency).toBe('GBP');
  });

  it('reads "8 or more years" in prose as the years asked', () => {
    const p = parsePosting(
      makeJob(
        "We're looking for someone with 8 or more years of product design experience, much of it on B2B tools.",
      ),
    );
    expect(p.minYears).toBe(8);
  });

  it('uses requirement lists captured from structured data', () => {
    const p = parsePosting(
      makeJob('', { requirements: { required: ['Experience with Rust'], preferred: ['Go'] } }),
    );
    expect(weightOf(p, 'Rust')).toBe(3);
    expect(weightOf(p, 'Go')).toBe(1.5);
  });
});

describe('degreeOf', () => {
  it('reads a professional doctorate as above a bachelor, not a research doctorate', () => {
    expect(degreeOf('Doctor of Physical Therapy (DPT), 2018')).toBe(3);
    expect(degreeOf('PharmD - Northfield College of Pharmacy')).toBe(3);
    expect(degreeOf('PhD in Pharmacology')).toBe(4);
  });
});

describe('postingPay', () => {
  it.each([
    ['£40,000 - £50,000 plus bonus', { min: 40000, max: 50000, currency: 'GBP', period: 'YEAR' }],
    ['Pay range: $42.00 - $55.00 per hour', { min: 42, max: 55, currency: 'USD', period: 'HOUR' }],
    ['$45,000 - $52,000 CAD.', { min: 45000, max: 52000, currency: 'CAD', period: 'YEAR' }],
    ['Pay: $130k–$155k', { min: 130000, max: 155000, currency: 'USD' }],
    ['Weekly pay: $2,800 - $3,200', { min: 2800, max: 3200, period: 'WEEK' }],
    ['up to $25/hr', { min: null, max: 25, period: 'HOUR' }],
  ])('%s', (text, expected) => {
    expect(postingPay(text, undefined)).toMatchObject(expected);
  });

  it('never reads counts as pay, and reads a bare dollar as the local currency', () => {
    expect(postingPay('Care for 5-6 patients, 3x12 hour shifts, 2 years', 'US')).toBeNull();
    expect(postingPay('Salary: $90,000–$110,000', 'CA')?.currency).toBe('CAD');
    expect(postingPay('Salary: 62K-70K', 'GB')?.currency).toBe('GBP');
    expect(postingPay('Lønn: 610 000 kr per år', 'NO')?.currency).toBe('NOK');
  });
});

describe('a posting written as one run-on paragraph', () => {
  it('keeps what it needs required when a later clause says what is desirable', () => {
    const prose =
      'Our lab runs assays for three hospitals and you would join a team of nine scientists. To be considered you will need experience with PCR and ELISA, a current registration and a driving licence; experience with Python and a second language are desirable.';
    const parsed = parsePosting(makeJob(prose, { title: 'Medical Scientist' }));
    expect(weightOf(parsed, 'PCR')).toBe(3);
    expect(weightOf(parsed, 'Python')).toBe(1.5);
  });
});

describe('a posting that lists its hiring steps', () => {
  it('asks nothing of the candidate under "Selection process"', () => {
    const parsed = parsePosting(
      makeJob(
        'Requirements\n- Java and Spring Boot\n- Data structures\nSelection process\n- Online coding test\n- Technical interview\n- HR round',
        { title: 'Software Engineer' },
      ),
    );
    const asked = parsed.items.map((i) => i.text);
    expect(asked).toContain('Java and Spring Boot');
    expect(asked.some((t) => /HR round|Technical interview/.test(t))).toBe(false);
  });
});
