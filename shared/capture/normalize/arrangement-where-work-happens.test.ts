import { describe, expect, it } from 'vitest';
import { arrangementOfProse, arrangementOfRole, workTypeFromProse } from './arrangement.ts';

describe('what the text says of where the work happens', () => {
  it("reads a role that can't be done from home as on-site, over a badge (a sentence about the role)", () => {
    const text = 'Every tasting is poured at the cellar door, so this position cannot be done from home.';
    expect(arrangementOfRole(text)?.workType).toBe('onsite');
    expect(arrangementOfRole("Residents visit in person; the job can't be done remotely.")?.workType).toBe(
      'onsite',
    );
    // A task that can't leave the office is not the whole role.
    expect(arrangementOfRole('Some filing cannot be done from home.')).toBeNull();
    expect(workTypeFromProse('Some filing cannot be done from home.')).toBe('onsite');
  });

  it('reads the job done here or on the premises as on-site, a task done from home not', () => {
    const text =
      'Events happen here, so this job happens here. Some admin can be done from home on quiet mornings.';
    expect(arrangementOfRole(text)?.workType).toBe('onsite');
    expect(arrangementOfRole('The role is carried out on our premises in Leeds.')?.workType).toBe('onsite');
    expect(arrangementOfRole('Some admin can be done from home on quiet mornings.')).toBeNull();
  });

  it('reads every hour of the work named as an activity done in person as on-site', () => {
    expect(workTypeFromProse('All grooming is done in person at our Eastside salon.')).toBe('onsite');
    expect(workTypeFromProse('All training is done in person at headquarters.')).toBeNull();
    expect(workTypeFromProse('All treatment is in person at our Tempe clinic.')).toBe('onsite');
    expect(workTypeFromProse('All patient care is delivered on site.')).toBe('onsite');
  });

  it('reads you working in the store or another non-office workplace as on-site, not a team named after it', () => {
    expect(workTypeFromProse("You'll work in the shop and at the front counter on weekends.")).toBe('onsite');
    expect(workTypeFromProse('You’ll work at the branch, with our tellers.')).toBe('onsite');
    expect(workTypeFromProse("You'll work in the store operations team on pricing tools.")).toBeNull();
  });

  it('reads working from home full-time at your choice, or no required office days, as remote', () => {
    const choice =
      'Come into our Tucson office whenever you like, or work from home anywhere in Arizona full-time.';
    expect(arrangementOfRole(choice)?.workType).toBe('remote');
    expect(arrangementOfRole('Workplace is up to you: there are no mandatory office days.')?.workType).toBe(
      'remote',
    );
    expect(workTypeFromProse('You can work from home two days a week in this full-time role.')).not.toBe(
      'remote',
    );
  });

  it('reads running or leading the workplace itself as on-site, but not a web shop or a team', () => {
    expect(workTypeFromProse("You'll manage our Riverside branch, a team of nine.")).toBe('onsite');
    expect(workTypeFromProse('You will lead the Canal Street restaurant at weekends.')).toBe('onsite');
    expect(workTypeFromProse("You'll run our online store from anywhere.")).not.toBe('onsite');
    expect(workTypeFromProse("You'll manage the store systems roadmap.")).not.toBe('onsite');
  });

  it('reads a team with no required office days, or no office at all, as remote over a Hybrid badge', () => {
    expect(
      arrangementOfRole('Nobody on the team has required office days; we meet twice a year.')?.workType,
    ).toBe('remote');
    expect(arrangementOfRole("There's no office to come into, so set up wherever suits you.")?.workType).toBe(
      'remote',
    );
    expect(arrangementOfRole('The office is open to everyone who wants to come in.')).toBeNull();
  });

  it('reads "this one can\'t be done from home" after a remote-first company intro as this role on-site', () => {
    const text =
      'We are a remote-first company and most of our staff work from home. Unlike our other openings, this one cannot be done from home: the scales are in the weighbridge office.';
    expect(arrangementOfRole(text)?.workType).toBe('onsite');
    expect(arrangementOfRole('Which one cannot be done from home? Ask us.')).toBeNull();
  });

  it('reads the work done in person at non-office workplaces as on-site, not a visit to the office', () => {
    expect(
      workTypeFromProse('You will see customers in person at our Elm Street and Harbour branches.'),
    ).toBe('onsite');
    expect(workTypeFromProse("You'll meet the team in person at our office in Leeds.")).toBeNull();
    expect(workTypeFromProse("You'll see clients in person at our clinic twice a month.")).toBeNull();
  });

  it('reads working outdoors as on-site', () => {
    expect(workTypeFromProse("You'll work outdoors at golf courses across the county.")).toBe('onsite');
    expect(workTypeFromProse('Our rangers love working outdoors.')).toBeNull();
  });

  it('reads seeing the people who come to the workplace as on-site, not an occasional visit', () => {
    expect(workTypeFromProse("You'll see patients in our Elm Road surgery, two chairs down from ours.")).toBe(
      'onsite',
    );
    expect(workTypeFromProse('You will serve guests at our lakeside restaurant.')).toBe('onsite');
    expect(workTypeFromProse("You'll see clients at our office once a quarter.")).toBeNull();
    expect(workTypeFromProse("You'll see clients in our Derby office on Fridays.")).toBeNull();
  });

  it('reads all the work done on property or on the premises as on-site', () => {
    expect(workTypeFromProse('All work is on property, at the pool deck and the spa.')).toBe('onsite');
    expect(workTypeFromProse('All work is on the premises of the winery.')).toBe('onsite');
    expect(workTypeFromProse('We manage property all over town.')).toBeNull();
  });
});

describe('arrangement facts and on-site weeks', () => {
  it('reads an arrangement fact under the labels boards and employers give it', () => {
    expect(workTypeFromProse('Team: Data\nWork mode: Hybrid\nLevel: Senior')).toBe('hybrid');
    expect(workTypeFromProse('Working model: On-site')).toBe('onsite');
    expect(workTypeFromProse('Work style: Remote (UK)')).toBe('remote');
    expect(workTypeFromProse('Working pattern: Hybrid, two office days')).toBe('hybrid');
  });

  it('reads where the job is performed as the role on-site, and some on-site days a week as hybrid', () => {
    expect(arrangementOfRole('This job is performed on-site at our Tulsa plant.')?.workType).toBe('onsite');
    expect(workTypeFromProse('Candidates must be onsite 3 days per week.')).toBe('hybrid');
    expect(workTypeFromProse('You will be onsite 5 days a week.')).toBe('onsite');
  });
});

describe('field work and home-based work', () => {
  const ruleOf = (text: string) => arrangementOfProse(text)?.rule.id ?? null;

  it('reads a home-based field role, days on the road or care in clients homes as on-site', () => {
    const field =
      "This is a home-based field sales role. There's no office to go to: you'll plan your week from home.";
    expect(ruleOf(field)).toBe('role.field');
    expect(ruleOf("This is a community-based role. There's no office to come into.")).toBe('role.field');
    expect(ruleOf('You plan from home, then spend four days on the road visiting merchants.')).toBe(
      'role.days-on-the-road',
    );
    expect(ruleOf('Expect up to five days on the road a quarter for trade shows.')).not.toBe(
      'role.days-on-the-road',
    );
    const care = "You'll travel in your own car between clients' homes and out into the community.";
    expect(ruleOf(care)).toBe('role.clients-homes');
    expect(workTypeFromProse("You'll visit clients in their homes occasionally, for reviews.")).toBeNull();
    expect(workTypeFromProse('This is a field marketing role.')).toBeNull();
  });

  it('reads doing this job from home as remote, some days of it as hybrid', () => {
    const home =
      'You can do this job from home anywhere in our nine-county region. Expect occasional travel.';
    expect(ruleOf(home)).toBe('prose.do-this-job-from-home');
    expect(workTypeFromProse('You can do this job from home two days a week.')).toBe('hybrid');
    expect(workTypeFromProse('You can do this job from home on Fridays.')).not.toBe('remote');
  });

  it('reads a hybrid working pattern as hybrid', () => {
    const week = 'The finance team works a 3/2 hybrid pattern: three days a week at Temple Quay.';
    expect(ruleOf(week)).toBe('prose.hybrid-arrangement');
  });
});

describe('a home-based start to a week at customers, and site days with home days', () => {
  it("reads most of the week at customers' premises as field work over a home-based role", () => {
    const text =
      "This is a home-based role with travel across the North West. Almost all of your working week is spent on customers' premises; there's no office to report to.";
    expect(arrangementOfRole(text)?.workType).toBe('onsite');
    expect(
      arrangementOfRole("Some of your time is spent at clients' sites. This is a home-based role.")?.workType,
    ).toBe('remote');
  });

  it('reads days at a site with the rest at home as hybrid, not days at a site alone', () => {
    const text =
      'The advert says Remote. You will be based at our Leeds site three days a week and can work from home on Mondays and Fridays.';
    expect(arrangementOfRole(text)?.workType).toBe('hybrid');
    expect(arrangementOfRole('You will work at our Leeds site three days a week.')).toBeNull();
  });

  it('reads "remote-first" said of other teams or the business side as nothing about this role', () => {
    expect(workTypeFromProse('Our engineering teams are remote-first.')).toBeNull();
    const clinic =
      "We're a remote-first company on the business side: our billing teams work from home. All treatment is in person at our clinic.";
    expect(workTypeFromProse(clinic)).toBe('onsite');
    expect(workTypeFromProse("We're a remote-first company.")).toBe('remote');
  });
});
