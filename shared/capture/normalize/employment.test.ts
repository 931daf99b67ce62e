import { describe, expect, it } from 'vitest';
import { employmentTypeInHeader, employmentTypeOfLabels, parseEmploymentType } from './employment.ts';
import { employmentTypeInProse, employmentTypeLine, fixedTermInProse } from './employment-prose.ts';

describe('parseEmploymentType', () => {
  it.each([
    ['FULL_TIME', 'full_time'],
    ['Full time', 'full_time'],
    ['Full-Time', 'full_time'],
    ['PART_TIME', 'part_time'],
    ['Part-time', 'part_time'],
    ['CONTRACTOR', 'contract'],
    ['Contract to hire', 'contract'],
    ['Freelance', 'contract'],
    ['INTERN', 'internship'],
    ['Summer Internship', 'internship'],
    ['TEMPORARY', 'temporary'],
    ['Fixed-term', 'temporary'],
    ['Vollzeit', 'full_time'],
    ['Teilzeit', 'part_time'],
    ['CDI', 'full_time'],
    ['Permanent', 'full_time'],
    ['Engineering', null],
    // a UK fixed-term contract and cover for someone on leave
    ['12-month FTC (mat cover)', 'temporary'],
    ['FTC, 9 months', 'temporary'],
    ['Maternity cover until September', 'temporary'],
    ['Parental leave cover, 35 hours', 'temporary'],
    ['Full time, maternity leave cover', 'temporary'],
  ] as const)('%s → %s', (label, want) => {
    expect(parseEmploymentType(label)).toBe(want);
  });

  it('takes the first of a schema.org list', () => {
    expect(parseEmploymentType(['FULL_TIME', 'CONTRACTOR'])).toBe('full_time');
  });

  it('finds a chip in a header line', () => {
    expect(employmentTypeInHeader('Sales Engineering · Remote (Australia) · Full Time')).toBe('full_time');
    expect(employmentTypeInHeader('San Mateo, CA · Engineering · ID: 5156')).toBeNull();
  });
});

describe('employmentTypeInProse', () => {
  it.each([
    ['Salary: S$9,000 per month. This is a full-time, permanent position.', 'full_time'],
    ['The role is a 6-month contract engagement starting in March.', 'contract'],
    ['This is a part-time role, 20 hours a week.', 'part_time'],
    // An internship is the engagement itself, whatever its length or pay.
    ['This is a 10-week paid internship, 35 hours a week, starting in May.', 'internship'],
    ['The position is an unpaid apprenticeship with the workshop.', 'internship'],
    // Benefit blurbs and options do not state the posting's own type.
    ['All full-time employees get 30 days of holiday.', null],
    ['Part-time options are available for parents.', null],
    ['This is a full-time commitment to quality.', null],
    // A contract with a term names the engagement without a noun after it.
    ['This is a 9-month contract, likely to be extended into the autumn.', 'contract'],
    ['This is a contract manufacturing business with three plants.', null],
    // Working as a freelancer or contractor is not employment.
    ['You would join the studio as a freelancer and bill us for your days.', 'contract'],
    ['We engage you as an independent contractor through our platform.', 'contract'],
    ['You will work closely with the site team as a contractor liaison.', null],
    // A season, a summer internship, a W2 or 1099 engagement state the type too.
    ['This is a seasonal role at our ski-hire shop.', 'temporary'],
    ['This is a winter internship in the finance team.', 'internship'],
    ['This is a W2 contract role for 9 months.', 'contract'],
    // The hours or the basis as the role's own predicate.
    ['The job is part-time, mornings only.', 'part_time'],
    ['This vacancy is offered on a freelance basis.', 'contract'],
    ['We are recruiting on a permanent basis.', 'full_time'],
    ['Staff who work on a part-time basis get pro-rata leave.', null],
  ] as const)('%s → %s', (text, want) => {
    expect(employmentTypeInProse(text)).toBe(want);
  });
});

describe('employmentTypeLine', () => {
  it.each([
    ['We offer\n• Permanent, part-time employment\n• A bike benefit', 'part_time'],
    ['What you get:\n- Full-time / fixed-term contract.\n- Lunch at the canteen', 'temporary'],
    // Not a whole line of type words: other postings' options, or a sentence about the team.
    ['Part-time positions available in our stores', null],
    ['Our full-time staff enjoy a permanent employment culture of learning', null],
  ] as const)('%s → %s', (text, want) => {
    expect(employmentTypeLine(text)).toBe(want);
  });
});

describe('employment type in the languages boards label it in', () => {
  it.each([
    ['Tempo integral', 'full_time'],
    ['Tempo pieno', 'full_time'],
    ['Pełny etat', 'full_time'],
    ['Heltid', 'full_time'],
    ['Festanstellung', 'full_time'],
    ['Staż', 'internship'],
    ['Tirocinio', 'internship'],
    ['Estágio', 'internship'],
    ['Werkstudent (m/w/d)', 'part_time'],
    ['Deltid', 'part_time'],
    ['Vikariat', 'temporary'],
    ['Contrato temporal', 'temporary'],
    ['Kontrakt B2B', 'contract'],
  ] as const)('%s → %s', (label, want) => {
    expect(parseEmploymentType(label)).toBe(want);
  });

  it('a header picks out a chip but not a market or a company stage', () => {
    expect(employmentTypeInHeader('Kraków · Praca hybrydowa · Pełny etat · Umowa o pracę')).toBe('full_time');
    expect(employmentTypeInHeader('B2B Sales Manager · Early-stage fintech · Berlin')).toBeNull();
  });
});

describe('a written list of types', () => {
  it('names the engagement over the hours; a schema.org list keeps its first', () => {
    expect(parseEmploymentType('Part-time, Fixed term contract')).toBe('temporary');
    expect(parseEmploymentType('Full-time, Contract')).toBe('contract');
    expect(parseEmploymentType('Full-time, Permanent')).toBe('full_time');
    expect(parseEmploymentType('FULL_TIME, CONTRACTOR')).toBe('full_time');
  });
});

describe('a permanent contract and its hours', () => {
  it.each([
    ['Festanstellung, Teilzeit', 'part_time'],
    ['Permanent, part-time', 'part_time'],
    ['CDI · Temps partiel', 'part_time'],
    ['Permanent', 'full_time'],
    ['Full-time, permanent', 'full_time'],
    ['Permanent Whole-time', 'full_time'],
    ['Wholetime firefighter', 'full_time'],
    ['Permanent Part-time', 'part_time'],
    ['契約社員', 'temporary'],
    ['Regular employee (正社員)', 'full_time'],
  ] as const)('%s → %s', (label, want) => {
    expect(parseEmploymentType(label)).toBe(want);
  });

  it('reads the words beside the first chip of a header line', () => {
    expect(employmentTypeInHeader('Feste Anstellung, Teilzeit · Augsburg')).toBe('part_time');
    expect(employmentTypeInHeader('Vollzeit · Kiel · Logistik')).toBe('full_time');
  });
});

describe('a fixed-term contract stated in the text', () => {
  it.each([
    'What we offer: a fixed-term contract for 18 months, with a view to a permanent role.',
    'This is a 9-month fixed-term position covering parental leave.',
    'Wir bieten einen befristeten Arbeitsvertrag über zwei Jahre.',
    'Poste en CDD de 6 mois, à pourvoir en mars.',
  ])('%s', (text) => {
    expect(fixedTermInProse(text)).toBe(true);
  });

  it("reads cover for someone's leave as a fixed-term contract, but not an insurance benefit", () => {
    expect(fixedTermInProse('We need a 9-month parental leave cover in our payroll team.')).toBe(true);
    expect(fixedTermInProse('Sie übernehmen die Stelle als Elternzeitvertretung.')).toBe(true);
    expect(fixedTermInProse('Health insurance with maternity cover for you and your family.')).toBe(false);
  });

  it('ignores fixed-term wording that is not about this contract', () => {
    expect(fixedTermInProse('We turned most fixed-term staff into permanent employees last year.')).toBe(
      false,
    );
  });
});

describe('temp to hire', () => {
  it('starts as a temporary job; contract-to-hire stays a contract', () => {
    expect(parseEmploymentType('Temp to Hire')).toBe('temporary');
    expect(employmentTypeInHeader('Reno, NV · Logistics · Temp-to-Perm')).toBe('temporary');
    expect(parseEmploymentType('Contract to Hire')).toBe('contract');
  });
});

describe('the engagement listed before the hours in a header', () => {
  it('reads "Seasonal, Full-time" as temporary, but not a seasonal title before the chip', () => {
    expect(employmentTypeInHeader('$17 an hour - Seasonal, Full-time')).toBe('temporary');
    expect(employmentTypeInHeader('Temp / Part-time · Leeds')).toBe('temporary');
    expect(employmentTypeInHeader('Seasonal Ski Instructor · Full-time')).toBe('full_time');
  });
});

describe('a post called fixed term', () => {
  it('reads "this post is fixed term" as a fixed-term contract', () => {
    expect(fixedTermInProse('This post is fixed term for 24 months, funded by the trust.')).toBe(true);
    expect(fixedTermInProse('The role is a fixed-term secondment to the ministry.')).toBe(true);
  });
});

describe('labelled elements read together', () => {
  it('drops a printed label before the value and reads the elements as one list', () => {
    expect(parseEmploymentType('Contract type: Permanent')).toBe('full_time');
    expect(employmentTypeOfLabels(['Contract type: Permanent', 'Work type: Part time'])).toBe('part_time');
    expect(employmentTypeOfLabels(['Unbefristet', 'Teilzeit'])).toBe('part_time');
    expect(employmentTypeOfLabels(['Leeds', 'Posted today'])).toBeNull();
  });
});

describe('as-needed shifts', () => {
  it('reads a PRN or per-diem position type as part-time', () => {
    expect(parseEmploymentType('PRN / Per Diem')).toBe('part_time');
    expect(parseEmploymentType('PER_DIEM')).toBe('part_time');
    expect(parseEmploymentType('PRN')).toBe('part_time');
  });
});

describe('casual and limited-term labels', () => {
  it('reads a Canadian or Australian "Casual" job type as part-time', () => {
    expect(parseEmploymentType('Casual')).toBe('part_time');
    expect(parseEmploymentType('Job type: Casual')).toBe('part_time');
  });

  it('reads "Limited-Term" beside the hours as the engagement: temporary', () => {
    expect(parseEmploymentType('Part-Time, Limited-Term (until the grant ends)')).toBe('temporary');
    expect(parseEmploymentType('Limited term')).toBe('temporary');
  });
});

describe('an open-ended status with its hours beside it', () => {
  it("reads the hours, weekly or a year's, where the status says nothing of them", () => {
    expect(parseEmploymentType('Permanent, Benefited – 2,080 hrs/yr; FLSA Non-Exempt')).toBe('full_time');
    expect(parseEmploymentType('Permanent, Benefited – 1,040 hrs/yr')).toBe('part_time');
    expect(parseEmploymentType('Regular, 1950 hours per year')).toBe('full_time');
    expect(parseEmploymentType('Regular – 20 hrs/wk')).toBe('part_time');
    expect(parseEmploymentType('Permanent, full-time')).toBe('full_time');
    expect(parseEmploymentType('Permanent')).toBe('full_time');
  });
});

describe('the busy season is not a seasonal job', () => {
  it('reads "seasonal overtime" in a schedule line as no term, a seasonal job as temporary', () => {
    expect(
      employmentTypeOfLabels([
        'Schedule: Monday to Friday, 7:30 AM to 4:00 PM, with seasonal overtime in summer',
      ]),
    ).toBeNull();
    expect(employmentTypeOfLabels(['Contract: Seasonal, May to September'])).toBe('temporary');
  });
});

describe('a contract of employment named by its employee', () => {
  it('reads "187-day certified teacher contract" and "employment contract" as no contractor', () => {
    expect(parseEmploymentType('187-day certified teacher contract, 2025-2026 school year')).toBeNull();
    expect(parseEmploymentType('Full-time employment contract')).toBe('full_time');
    expect(parseEmploymentType('6-month contract')).toBe('contract');
  });
});
