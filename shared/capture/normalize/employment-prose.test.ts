import { describe, expect, it } from 'vitest';
import {
  contractorEngagementInProse,
  employmentTypeInProse,
  employmentTypeLine,
  fixedTermInProse,
  placementProgrammeInProse,
} from './employment-prose.ts';

describe('the contract offered, opening a line or after "we offer"', () => {
  it('reads the contract and the hours that follow it in the sentence', () => {
    expect(
      employmentTypeInProse('What we offer\nA permanent contract for 38 hours, full-time in our sector.'),
    ).toBe('full_time');
    expect(employmentTypeInProse('We offer a permanent contract of 20 hours a week (part-time).')).toBe(
      'part_time',
    );
    expect(employmentTypeInProse('Perks\n- A fixed-term contract until August, with lunch included')).toBe(
      'temporary',
    );
  });

  it('ignores plural or article-less mentions and contracts in the middle of a sentence', () => {
    expect(employmentTypeInProse('Part-time contracts are available for parents.')).toBeNull();
    expect(
      employmentTypeInProse('Most of our staff moved from a temporary contract to a permanent one.'),
    ).toBeNull();
  });
});

describe('a student placement year', () => {
  it('is recognised in the ways UK employers write it', () => {
    expect(
      placementProgrammeInProse('Join us for a placement year between your second and final year.'),
    ).toBe(true);
    expect(placementProgrammeInProse('Ideal for a sandwich degree student.')).toBe(true);
    expect(placementProgrammeInProse('Our year in industry scheme starts in September.')).toBe(true);
  });

  it('is not an agency placing staff', () => {
    expect(placementProgrammeInProse('A 6-month placement with our client in Leeds, paid weekly.')).toBe(
      false,
    );
    expect(placementProgrammeInProse('We have placed over 500 engineers this year.')).toBe(false);
  });
});

describe('a seasonal job stated in the text', () => {
  it('is a term of work, whatever the hours chip says', () => {
    expect(fixedTermInProse('This is a seasonal position from June through August at the lake lodge.')).toBe(
      true,
    );
    expect(fixedTermInProse('The role is seasonal, ending after the harvest.')).toBe(true);
    expect(fixedTermInProse('We hire seasonal staff every winter; this team works all year.')).toBe(false);
  });

  it('reads "it" as the job the posting describes', () => {
    expect(fixedTermInProse("It's a seasonal job, so it finishes when weaning does.")).toBe(true);
    expect(fixedTermInProse('It is a seasonal role on the vintage crew, March to May.')).toBe(true);
    expect(fixedTermInProse("It's a seasonal business, but this role runs all year.")).toBe(false);
  });
});

describe('a fixed-term contract given its length', () => {
  it('needs no article when the length is attached; a blurb naming fixed-term roles is not one', () => {
    expect(fixedTermInProse('Contract: Fixed-term contract (9 months), 30 hours a week.')).toBe(true);
    expect(fixedTermInProse('Hours: full time. Fixed term contract for 18 months.')).toBe(true);
    expect(fixedTermInProse('Site Surveyor - 6 Month Fixed Term Contract')).toBe(true);
    expect(
      fixedTermInProse('We offer full-time, part-time and fixed-term contract roles across the group.'),
    ).toBe(false);
  });
});

describe('a schedule line that opens with the hours', () => {
  it('reads the hours as the type; a benefit line does not count', () => {
    expect(employmentTypeLine('Full-time, Monday to Friday, 8 a.m. to 4:30 p.m.')).toBe('full_time');
    expect(employmentTypeLine('Part-time: 20 hours a week over three days')).toBe('part_time');
    expect(employmentTypeLine('Full-time, part-time and seasonal staff all get a store discount')).toBeNull();
  });
});

describe('more self-stated engagements', () => {
  it("reads an agency's temporary assignment and a co-op work term", () => {
    expect(employmentTypeInProse('This is a temporary assignment of about ten weeks at a client site.')).toBe(
      'temporary',
    );
    expect(employmentTypeInProse('This is a permanent post in the finance team.')).toBe('full_time');
    expect(placementProgrammeInProse('An 8-month co-op work term starting in September.')).toBe(true);
    expect(placementProgrammeInProse('We are a co-op owned by our members.')).toBe(false);
  });

  it('reads a contract whose length is spelled out, and an independent contractor role', () => {
    expect(employmentTypeInProse('This is a six-month contract role with our data team.')).toBe('contract');
    expect(employmentTypeInProse('This is an independent contractor position.')).toBe('contract');
    expect(employmentTypeInProse('This is an independent, family-owned pharmacy.')).toBeNull();
  });
});

describe('a regular position and a contractor agreement', () => {
  it('reads "a regular, full-time position" as stated', () => {
    expect(employmentTypeInProse('This is a regular, full-time position based at the depot.')).toBe(
      'full_time',
    );
  });

  it("reads work under a contractor's agreement as a contractor's engagement, not a mention of one", () => {
    expect(
      contractorEngagementInProse(
        'All our engineers work under an independent contractor agreement and bill us.',
      ),
    ).toBe(true);
    expect(contractorEngagementInProse('Staff are hired on a contractor agreement for the first year.')).toBe(
      true,
    );
    expect(
      contractorEngagementInProse('You will review every contractor agreement the legal team drafts.'),
    ).toBe(false);
    // Two qualifiers before the noun: "a 1099 independent contractor".
    expect(
      contractorEngagementInProse(
        'You’ll work as a 1099 independent contractor, paid hourly, and invoice us.',
      ),
    ).toBe(true);
    expect(contractorEngagementInProse('You are hired as a salaried employee, not as a contractor.')).toBe(
      false,
    );
    expect(contractorEngagementInProse('Our staff are not engaged under a contractor agreement.')).toBe(
      false,
    );
    expect(contractorEngagementInProse('You can join as a contractor or as a salaried employee.')).toBe(
      false,
    );
  });
});

describe('the hours before the contractor engagement', () => {
  it('reads "as a full-time independent contractor" as a contractor: full-time is the hours', () => {
    expect(
      contractorEngagementInProse('You would work with our studio as a part-time independent contractor.'),
    ).toBe(true);
    expect(contractorEngagementInProse('Engineers join as full-time employees after a trial month.')).toBe(
      false,
    );
  });
});

describe('a term position', () => {
  it('is a fixed term, as Canadian and US public employers write it', () => {
    expect(fixedTermInProse('It is a 12-month term position in our Moncton office.')).toBe(true);
    expect(fixedTermInProse('This is a donor-funded, limited-term role ending in March.')).toBe(true);
    expect(fixedTermInProse('We offer a two-year term appointment with the council.')).toBe(true);
  });

  it('is not a long-term role or a school term', () => {
    expect(fixedTermInProse('We are looking for a long-term hire who will grow with us.')).toBe(false);
    expect(fixedTermInProse('This is a long term role on a stable team.')).toBe(false);
    expect(fixedTermInProse('Lessons run through the spring term for all year groups.')).toBe(false);
  });
});

describe('a returnship', () => {
  it('is a programme for people back from a career break: an internship whatever the hours', () => {
    expect(placementProgrammeInProse('The Restart Scheme is a 20-week paid returnship for analysts.')).toBe(
      true,
    );
    expect(placementProgrammeInProse('Apply to join our returnship if you have been away for a year.')).toBe(
      true,
    );
  });

  it('is not a mention of one the company also runs', () => {
    expect(placementProgrammeInProse('We also run a returnship each autumn for other teams.')).toBe(false);
  });
});

describe('fixed terms and programmes in newer wordings', () => {
  it('reads leave cover, a term limit and an Irish specified purpose contract as fixed-term', () => {
    expect(fixedTermInProse('You will cover a maternity leave on our stroke ward.')).toBe(true);
    expect(fixedTermInProse('Status: Temporary, about 9 months (parental leave coverage)')).toBe(true);
    expect(fixedTermInProse('The post is funded by a charity grant and is limited to 18 months.')).toBe(true);
    expect(fixedTermInProse('It is a specified purpose contract for the length of the audit.')).toBe(true);
    expect(fixedTermInProse('Our insurance includes maternity cover and dental care.')).toBe(false);
    expect(fixedTermInProse('Sick pay is limited to 6 months in any year.')).toBe(false);
  });

  it('reads a fixed-length paid residency or fellowship as a programme', () => {
    expect(placementProgrammeInProse('The Copperleaf Writing Fellowship is a 9-month, paid programme.')).toBe(
      true,
    );
    expect(placementProgrammeInProse('Our residency is a 6 month program for new illustrators.')).toBe(true);
    expect(placementProgrammeInProse('She completed her residency at a teaching hospital.')).toBe(false);
  });
});

describe('newer engagement and programme wordings', () => {
  it('reads an independent agent engaged on a 1099 as a contractor', () => {
    expect(
      contractorEngagementInProse('You will be contracted with our agency as an independent agent (1099).'),
    ).toBe(true);
    expect(contractorEngagementInProse('Work with an independent agent to find your home.')).toBe(false);
  });

  it('reads "a 6-month, full-time internship" as an internship: the hours qualify it', () => {
    expect(employmentTypeInProse('This is a 4-month, full-time internship starting in May.')).toBe(
      'internship',
    );
  });

  it('reads a described German dual study programme, not one asked for, as a programme', () => {
    expect(placementProgrammeInProse('Das duale Studium dauert dreieinhalb Jahre.')).toBe(true);
    expect(placementProgrammeInProse('Im dualen Studium wechselst du zwischen Hochschule und Werk.')).toBe(
      true,
    );
    expect(placementProgrammeInProse('Du hast ein abgeschlossenes duales Studium der Elektrotechnik.')).toBe(
      false,
    );
  });
});

describe('a fixed term with its hours and a spelled-out length before it', () => {
  it('reads the term whatever comes between the article and "fixed-term"', () => {
    expect(
      fixedTermInProse('This is a full-time, two-year fixed-term appointment with the University.'),
    ).toBe(true);
    expect(fixedTermInProse('We offer a part-time eighteen-month fixed-term contract.')).toBe(true);
    expect(fixedTermInProse('Most of our researchers started on full-time, fixed-term grants.')).toBe(false);
  });
});

describe('the hours shortened to PT / FT', () => {
  it('reads "PT" and "FT" before the role noun as the hours', () => {
    expect(employmentTypeInProse('This is a PT spot, good for students.')).toBe('part_time');
    expect(employmentTypeInProse('This is an FT position with benefits after 60 days.')).toBe('full_time');
    expect(employmentTypeInProse('The role is a PT job: weekends and two evenings.')).toBe('part_time');
    expect(employmentTypeInProse('This is a part-time spot on our closing crew.')).toBe('part_time');
  });
  it('leaves a physical therapist\'s "PT position" alone', () => {
    expect(
      employmentTypeInProse('This is a PT position in our outpatient physical therapy clinic.'),
    ).toBeNull();
  });
});

describe('an apprentice employed by the company', () => {
  it('reads "a full-time apprenticeship: you\'ll be employed by …" as full-time, a bare apprenticeship not', () => {
    expect(
      employmentTypeInProse(
        "This is a full-time apprenticeship: you'll be employed by Dunmore Precision Castings for the whole 3 years.",
      ),
    ).toBe('full_time');
    expect(employmentTypeInProse('This is a full-time apprenticeship with day release to college.')).toBe(
      'internship',
    );
  });
});
