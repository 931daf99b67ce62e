import { describe, expect, it } from 'vitest';
import { arrangementOfRole, workTypeFromLabel, workTypeFromProse } from './arrangement.ts';

describe('arrangement wordings in running text', () => {
  it('reads some days a week in the office whatever the verb before it', () => {
    expect(workTypeFromProse('Analysts are in our Leith office at least two days a week.')).toBe('hybrid');
    expect(workTypeFromProse('You will be at the Harbour Street office three days per week.')).toBe('hybrid');
    // The whole week in the office is not a hybrid week.
    expect(workTypeFromProse('You will be at our depot office five days a week.')).not.toBe('hybrid');
  });

  it('reads hybrid telework and a minimum of office days a week as hybrid (US public-sector wording)', () => {
    expect(
      workTypeFromProse('This position is eligible for hybrid telework under the telework policy.'),
    ).toBe('hybrid');
    expect(
      workTypeFromProse('You will report to the Sacramento headquarters office at least two days per week.'),
    ).toBe('hybrid');
  });

  it('reads German work done on site as on-site', () => {
    expect(
      workTypeFromProse('Die Tätigkeit erfolgt vor Ort in unserem Entwicklungszentrum in Stuttgart.'),
    ).toBe('onsite');
  });

  it("reads Indeed's Spanish and Portuguese 'work location: in person' as on-site", () => {
    expect(workTypeFromProse('Tipo de puesto: Jornada completa\nLugar de trabajo: Empleo presencial')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('Local de trabalho: Presencial')).toBe('onsite');
    expect(workTypeFromProse('Trabajo presencial en nuestras oficinas de Madrid.')).toBe('onsite');
  });

  it('reads a share of the working time in the office as a hybrid week', () => {
    expect(workTypeFromProse('Staff spend at least 60% of their working time in our Swindon office.')).toBe(
      'hybrid',
    );
    expect(workTypeFromProse('Plan on at least 30% of your time in the Exeter office each month.')).toBe(
      'hybrid',
    );
  });

  it('reads a German home-office day named before "pro Woche"', () => {
    expect(workTypeFromProse('Zwei Tage Homeoffice pro Woche sind bei uns üblich.')).toBe('hybrid');
    expect(workTypeFromProse('Einen Tag mobiles Arbeiten die Woche vereinbaren wir gern.')).toBe('hybrid');
  });

  it('reads site-based work as on-site', () => {
    expect(workTypeFromProse('Apprentices are site-based at our Ripon works on weekdays.')).toBe('onsite');
    expect(workTypeFromProse('This role is site-based in Hull.')).toBe('onsite');
    expect(workTypeFromProse('We build site-based analytics for retailers.')).toBeNull();
  });

  it('reads a job called an in-person or on-site role, a word or two naming it between', () => {
    expect(workTypeFromProse('This is an in-person kitchen role at our Broughton Street restaurant.')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('This is an on-site position in Leeds.')).toBe('onsite');
    expect(workTypeFromProse('This is an in-person interview day for all applicants.')).toBeNull();
    expect(workTypeFromProse('This is an on-site or remote role.')).not.toBe('onsite');
  });

  it('reads remote work ruled out as on-site, never as remote', () => {
    expect(workTypeFromProse('Please note this is not a remote role.')).toBe('onsite');
    expect(workTypeFromProse('The position is not eligible for telework.')).toBe('onsite');
    expect(workTypeFromProse('Telecommuting is not available for this job.')).toBe('onsite');
    expect(workTypeFromProse('You will be in the office 5 days a week in Akron.')).toBe('onsite');
  });

  it('reads a role at a workplace that is not an office (clinic, store, hospital) as on-site', () => {
    expect(workTypeFromProse('This is an in-clinic role at our Boise practice, four days a week.')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('The position is store-based in Tacoma.')).toBe('onsite');
    expect(workTypeFromProse('Book an in-clinic visit with our vets.')).toBeNull();
    expect(workTypeFromProse("This is a casual role. It's an in-store role at Westfield Parramatta.")).toBe(
      'onsite',
    );
    expect(workTypeFromProse('It is an in-store pickup service for online orders.')).toBeNull();
  });

  it('reads telework ruled out, no home working and a workshop or depot job as on-site', () => {
    expect(workTypeFromProse('Crews rotate weekly. This is not a telework position.')).toBe('onsite');
    expect(workTypeFromProse('There is no home working on this team.')).toBe('onsite');
    expect(workTypeFromProse('The role is depot-based, five shifts a week.')).toBe('onsite');
    expect(workTypeFromProse('The job is workshop-based at our Leeds unit.')).toBe('onsite');
    expect(workTypeFromProse('We run a workshop-based course for clients.')).toBeNull();
  });

  it('reads a "Work location: On the road" line as on-site, not remote', () => {
    expect(workTypeFromProse('Schedule: 10 hour shift\nWork Location: On the road')).toBe('onsite');
  });

  it('reads a weekly office day in a remote role as hybrid, and a field-based role as on-site', () => {
    const weekly =
      'This is a remote role within Ontario. Every Thursday is planning day in our Kingston office.';
    expect(arrangementOfRole(weekly)?.workType).toBe('hybrid');
    expect(workTypeFromProse('Plan to be at the Leeds office every Monday for the team meeting.')).toBe(
      'hybrid',
    );
    expect(arrangementOfRole('This is a field-based role covering the whole county.')?.workType).toBe(
      'onsite',
    );
    // A field job named right before its noun; a field of work ("field marketing") says nothing.
    expect(arrangementOfRole('This is a field position. You take a company van home.')?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole('This is a field marketing role.')).toBeNull();
  });

  it('reads a choice between hybrid and remote work as no arrangement', () => {
    expect(workTypeFromProse('Perks: hybrid or remote work, depending on your team.')).toBeNull();
    expect(workTypeFromProse('We offer a hybrid work model with two office days.')).toBe('hybrid');
  });

  it('reads a standing week with office days over a temporary remote spell', () => {
    const later =
      'We work from home until the new Leith office is fitted out. Then we will be in the office two days a week.';
    expect(arrangementOfRole(later)?.workType).toBe('hybrid');
    expect(
      arrangementOfRole('Our designers meet in the studio one day a week, on Wednesdays.')?.workType,
    ).toBe('hybrid');
    expect(arrangementOfRole('We are in the office five days a week.')).toBeNull();
  });

  it('reads months of the year at the office as hybrid, not fully remote', () => {
    const season = 'From April to September you work at our Split office; the rest of the year, from home.';
    expect(arrangementOfRole(season)?.workType).toBe('hybrid');
    expect(arrangementOfRole('From June to August our office closes on Fridays.')).toBeNull();
  });

  it('reads a named title called fully remote, and a hybrid policy turned down', () => {
    const text =
      'Most of our teams are hybrid. This post is not hybrid: the Payroll Lead II is a fully remote position.';
    expect(arrangementOfRole(text)?.workType).toBe('remote');
    expect(workTypeFromProse('It is not hybrid: you may live anywhere in Wales.')).not.toBe('hybrid');
    expect(workTypeFromProse('Mondays and Tuesdays in the office; Fridays are remote.')).toBe('hybrid');
    expect(workTypeFromProse('Fridays are remote-friendly for the whole studio.')).not.toBe('hybrid');
  });

  it('reads remote-sounding work done from a workplace that is not an office as on-site', () => {
    const telehealth =
      'Half the follow-ups are video calls, and you will handle those from the hospital with the ward team.';
    expect(workTypeFromProse(telehealth)).toBe('onsite');
    expect(workTypeFromProse("You'll work from our depot in Ayr.")).toBe('onsite');
    expect(workTypeFromProse('You will work from the lab two days a week and from home otherwise.')).not.toBe(
      'onsite',
    );
    expect(workTypeFromProse('Customers collect orders from the store.')).toBeNull();
  });
  it('reads a fortnightly fixed office day over a remote tag, and a monthly meetup not', () => {
    const text =
      'We are remote across Belgium. Every other Thursday the whole team meets at our office in Ghent.';
    expect(arrangementOfRole(text)?.workType).toBe('hybrid');
    expect(arrangementOfRole('Once a month we meet at our office in Ghent.')).toBeNull();
  });

  it('reads French "en présentiel", "no working from home" and "all work is on site" as on-site', () => {
    expect(workTypeFromProse('Horaire : Quart de jour\nLieu du poste : En présentiel')).toBe('onsite');
    expect(workTypeFromProse('Le poste est entièrement en présentiel à Lévis.')).toBe('onsite');
    expect(workTypeFromProse("It's a front-of-house job, so there's no working from home.")).toBe('onsite');
    expect(workTypeFromProse('You drive to each call; there is no work-from-home option.')).toBe('onsite');
    expect(workTypeFromProse('Work-from-home is not available in this job.')).toBe('onsite');
    expect(workTypeFromProse('Crews rotate weekly and all work is on site at the quarry.')).toBe('onsite');
  });

  it('reads a fly-in fly-out or drive-in drive-out roster as on-site, not a remote site as remote work', () => {
    expect(workTypeFromProse('This is a FIFO roster out of Perth to a remote site in the Pilbara.')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('We run a drive-in drive-out roster of 8 days on, 6 off.')).toBe('onsite');
  });
});

describe('arrangement wordings from public employers and site jobs', () => {
  it('reads telework some days a week as a hybrid week', () => {
    expect(
      workTypeFromProse(
        'This position is eligible for telework one day a week after the probationary period.',
      ),
    ).toBe('hybrid');
    expect(workTypeFromProse('Staff may telecommute up to two days per week.')).toBe('hybrid');
  });

  it('reads being based at a site that is not an office as on-site', () => {
    expect(workTypeFromProse("You'll be based at our Melbourne site in Dandenong South.")).toBe('onsite');
    expect(workTypeFromProse('You will be based at the plant.')).toBe('onsite');
    // Some days at the site is not the whole week; an office may still be a hybrid week.
    expect(workTypeFromProse("You'll be based at our Leeds site three days a week.")).not.toBe('onsite');
    expect(workTypeFromProse("You'll be based at our London office.")).toBeNull();
  });

  it('reads working days in the field as on-site, whatever coursework is done from home', () => {
    expect(
      workTypeFromProse(
        "Your days are in the field: you'll ride to customers' homes. Classes are online, so you'll do your coursework from home.",
      ),
    ).toBe('onsite');
    expect(workTypeFromProse('Your days are spent on the road twice a month.')).toBeNull();
  });
});

describe('based at a workplace that is not an office, and shift work there', () => {
  it('reads a workplace-based label as on-site, a home-based one as remote', () => {
    expect(workTypeFromLabel('Store-based role')).toBe('onsite');
    expect(workTypeFromLabel('Depot-based')).toBe('onsite');
    expect(workTypeFromLabel('Hospital based position')).toBe('onsite');
    expect(workTypeFromLabel('Home-based')).toBe('remote');
  });

  it('reads a hotel, kitchen or farm as the workplace this role is at', () => {
    expect(workTypeFromProse('This is a property-based role: guests come to the desk.')).toBe('onsite');
    expect(workTypeFromProse("It's a hotel-based position in our Dubai Marina resort.")).toBe('onsite');
    expect(workTypeFromProse("It's a farm-based job, with a cottage on site.")).toBe('onsite');
  });

  it('reads being at the workplace every shift as on-site', () => {
    expect(workTypeFromProse("You'll be in our kitchen every shift.")).toBe('onsite');
    expect(workTypeFromProse('You will be based at the hotel every shift, front desk or lounge.')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('Stock counts happen at every shift change.')).toBeNull();
  });
});

describe('some remote days, said as a board tag or beside the hybrid word', () => {
  it('reads an occasional, frequent or partial remote tag as hybrid, a fully remote one as remote', () => {
    expect(workTypeFromLabel('Occasional remote')).toBe('hybrid');
    expect(workTypeFromLabel('Frequent remote')).toBe('hybrid');
    expect(workTypeFromLabel('Home office possible')).toBe('hybrid');
    expect(workTypeFromLabel('Partial home office')).toBe('hybrid');
    expect(workTypeFromLabel('Fully-remote')).toBe('remote');
  });

  it('reads the hybrid word with its office days as this role’s week', () => {
    expect(
      arrangementOfRole('Location: Austin, TX – Hybrid (2 days onsite/wk) – locals only')?.workType,
    ).toBe('hybrid');
    expect(arrangementOfRole('Hybrid: 3 days in office per week, Tuesday to Thursday.')?.workType).toBe(
      'hybrid',
    );
    expect(arrangementOfRole('Hybrid teams meet 5 days onsite/wk at launch.')).toBeNull();
  });
});

describe('home working ruled out, said short', () => {
  it('reads "working from home isn\'t possible" as on-site', () => {
    expect(workTypeFromProse("Working from home isn't possible in this role.")).toBe('onsite');
    expect(workTypeFromProse("Working from home isn't just a perk for our support team.")).toBeNull();
  });
});

describe('a label that rules remote work out in a sentence', () => {
  it('reads "There is no option to work remotely" as on-site, "Work remotely" as remote', () => {
    expect(workTypeFromLabel('There is no option to work remotely.')).toBe('onsite');
    expect(workTypeFromLabel('This job cannot be done remotely')).toBe('onsite');
    expect(workTypeFromLabel('Work remotely')).toBe('remote');
  });
});
