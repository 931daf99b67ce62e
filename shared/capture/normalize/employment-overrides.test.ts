import { describe, expect, it } from 'vitest';
import { typeTheFactStates, typeTheTextStates } from './employment-overrides.ts';

describe('a type tag the description overrides', () => {
  it('reads a stated internship over a full-time tag (its hours)', () => {
    const text = 'This is a 3-month, full-time internship in our data team.';
    expect(typeTheTextStates('full_time', text)?.type).toBe('internship');
  });

  it('reads a described dual study programme over a full-time tag', () => {
    expect(typeTheTextStates('full_time', 'Dein duales Studium beginnt im Oktober.')?.type).toBe(
      'internship',
    );
  });

  it('reads an independent agent over a full-time chip', () => {
    const text = 'You join the agency as an independent agent and set your own hours.';
    expect(typeTheTextStates('full_time', text)?.type).toBe('contract');
  });

  it('reads a temporary position stated in a sentence or a status line over a full-time tag', () => {
    const sentence = 'This is a temporary, full-time post that runs from March through the end of August.';
    expect(typeTheTextStates('full_time', sentence)?.type).toBe('temporary');
    const status = 'Library Assistant\n• Temporary Full-Time, for up to 9 months\n• Dubbo location';
    expect(typeTheTextStates('full_time', status)?.type).toBe('temporary');
  });

  it('reads a "Regular part-time" status line over a full-time tag', () => {
    const text = 'Appointment\nRegular part-time, benefits-eligible\nPay\n$19 per hour';
    expect(typeTheTextStates('full_time', text)?.type).toBe('part_time');
    expect(typeTheTextStates('full_time', 'Status\nRegular full-time')).toBeNull();
  });

  it("reads an independent contractor over a part-time tag (the hours are the contractor's)", () => {
    const text = 'You would invoice us monthly, working as a 1099 contractor for about 12 hours a week.';
    expect(typeTheTextStates('part_time', text)?.type).toBe('contract');
    expect(typeTheTextStates('part_time', 'A part-time role of 12 hours a week, on our payroll.')).toBeNull();
  });

  it('reads a full-time position stated in a sentence over a part-time tag', () => {
    const text = 'This is a permanent, full-time position (37 hours a week). The role is fully remote.';
    expect(typeTheTextStates('part_time', text)?.type).toBe('full_time');
    const line = 'What we offer\nEmployment type: Full-time\nLocation: Leeds';
    expect(typeTheTextStates('part_time', line)?.type).toBe('full_time');
  });

  it('keeps a part-time tag where the text also gives part-time hours or a share of full time', () => {
    const hours = 'This is a permanent, full-time position.\nHours: 20 per week';
    expect(typeTheTextStates('part_time', hours)).toBeNull();
    const fte = 'This is a full-time equivalent 0.6 FTE position, paid pro rata.';
    expect(typeTheTextStates('part_time', fte)).toBeNull();
    const both = 'This is a full-time role; part-time applicants are welcome.';
    expect(typeTheTextStates('part_time', both)).toBeNull();
  });

  it("reads the description's own labelled type line over a full-time criterion, past its first sentence", () => {
    const text =
      'Intro\nEmployment: Full-time, Temporary (March 2 – June 12). Expect long weeks in May, and a quiet last week once the audits are all filed and signed.\nDuties';
    expect(typeTheTextStates('full_time', text)?.type).toBe('temporary');
    expect(
      typeTheTextStates('full_time', 'Employment: Full-time, permanent. We grow people here.'),
    ).toBeNull();
  });
});

describe('the engagement in the facts beside a posting, over hours in its data', () => {
  it('reads a fixed-term fact over JSON-LD full-time', () => {
    expect(typeTheFactStates('full_time', 'Fixed term (12 months)')?.type).toBe('temporary');
    expect(typeTheFactStates('part_time', 'Contract')?.type).toBe('contract');
  });

  it('keeps the tag where the fact gives hours too, or the tag is already an engagement', () => {
    expect(typeTheFactStates('full_time', 'Permanent')).toBeNull();
    expect(typeTheFactStates('full_time', 'Part time')).toBeNull();
    expect(typeTheFactStates('contract', 'Fixed term (6 months)')).toBeNull();
    expect(typeTheFactStates('contract', 'Contractor, 6 months')).toBeNull();
  });

  it('reads a fixed-term employee in the facts over a CONTRACTOR tag: on the payroll, not a contractor', () => {
    expect(typeTheFactStates('contract', 'Contract employee (契約社員)')?.type).toBe('temporary');
    expect(typeTheFactStates('contract', 'Fixed-term employee, 12 months')?.type).toBe('temporary');
    expect(typeTheFactStates('contract', 'Temporary staff (seasonal)')?.type).toBe('temporary');
    expect(typeTheFactStates('full_time', '')).toBeNull();
  });
});

describe('a labelled line or a permanent job over a tag', () => {
  it("reads the description's own engagement line over an hours tag", () => {
    const text = 'Employment type: Internship (paid, 10 weeks)\nDates: June to August, 40 hours a week';
    expect(typeTheFactStates('full_time', '', text)?.type).toBe('internship');
    expect(typeTheFactStates('full_time', '', 'Employment type: Full-time')).toBeNull();
  });

  it('reads an apprenticeship the text calls a permanent job as that job', () => {
    const text = 'This is a full-time, permanent job from day one. The apprenticeship is the training.';
    expect(typeTheTextStates('internship', text)?.type).toBe('full_time');
    expect(typeTheTextStates('internship', 'This is a full-time, 12-week internship.')).toBeNull();
  });
});

describe('student and apprentice posts against an internship reading', () => {
  it('reads a working student post as part-time over an "Intern" tag', () => {
    const text =
      "This is a Werkstudent (working student) position, not an internship. You'll be employed part-time.";
    expect(typeTheTextStates('internship', text)?.type).toBe('part_time');
    expect(typeTheTextStates('internship', 'This is a 6-month internship.')).toBeNull();
  });

  it('keeps a permanent graduate job full-time beside the summer internship its page also describes', () => {
    const text =
      'This is a full-time, permanent role starting in September 2025.\nNot graduating until 2026? Our Summer Internship Programme runs for ten weeks.';
    expect(typeTheTextStates('full_time', text)).toBeNull();
    expect(typeTheTextStates('full_time', 'Our Summer Internship Programme runs for ten weeks.')?.type).toBe(
      'internship',
    );
  });

  it('keeps the hours tag for an apprentice the posting calls its employee', () => {
    const employee = "This is a full-time, paid apprenticeship: you're a Pinecrest employee from day one.";
    expect(typeTheTextStates('full_time', employee)).toBeNull();
    expect(typeTheTextStates('full_time', 'This is a full-time, paid apprenticeship.')?.type).toBe(
      'internship',
    );
  });

  it('reads an inside-IR35 contract or an umbrella engagement as a contractor over "Full time"', () => {
    expect(typeTheTextStates('full_time', 'Contract, 12 months, inside IR35.')?.type).toBe('contract');
    expect(
      typeTheTextStates('full_time', "You'll be engaged through an umbrella company of your choice.")?.type,
    ).toBe('contract');
    expect(typeTheTextStates('full_time', 'Our umbrella brand covers three companies.')).toBeNull();
  });
});
