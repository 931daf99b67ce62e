import { describe, expect, it } from 'vitest';
import { arrangementOfProse, arrangementOfRole, workTypeFromProse } from './arrangement.ts';

const ruleOf = (text: string) => arrangementOfProse(text)?.rule.id ?? null;

describe('where this job is done, told from other staff', () => {
  it('reads you as the on-site person as on-site, not the remote staff you support', () => {
    const it2 =
      "You'll be the on-site IT person in the Ottawa office. You'll also look after our remote employees over Slack.";
    expect(workTypeFromProse(it2)).toBe('onsite');
    expect(workTypeFromProse("You'll also look after our remote employees over Slack.")).toBeNull();
    expect(workTypeFromProse("You'll be on site with clients twice a week.")).toBeNull();
  });

  it('reads a job not open to remote candidates as on-site', () => {
    expect(ruleOf("The job is done from the office; it isn't open to remote candidates.")).toBe(
      'prose.no-remote',
    );
  });

  it('reads you working from home as remote, other staff working remotely not', () => {
    expect(workTypeFromProse("You'll work from home, anywhere in the UK, with a laptop we send.")).toBe(
      'remote',
    );
    expect(ruleOf("You'll work from home, anywhere in the UK.")).toBe('prose.you-work-from-home');
    expect(
      workTypeFromProse('Our field appraisers are the ones who work remotely across the Carolinas.'),
    ).toBeNull();
    expect(ruleOf("You'll work from home two days a week.")).not.toBe('prose.you-work-from-home');
    expect(workTypeFromProse("You'll work remotely until our new office opens in May.")).toBeNull();
    const visits = "You'll work remotely and join the team at our Leeds office twice a week.";
    expect(ruleOf(visits)).not.toBe('prose.you-work-from-home');
  });

  it('reads you in house for a shift as on-site, in-house employment alone not', () => {
    expect(
      workTypeFromProse("You'll be in house at St. Agnes for the whole shift, admitting patients."),
    ).toBe('onsite');
    expect(workTypeFromProse("You'll be in-house overnight with an APP beside you.")).toBe('onsite');
    expect(workTypeFromProse("You'll be in-house at a well-known retail brand.")).toBeNull();
  });

  it('reads you working the front counter or the desk as on-site', () => {
    expect(workTypeFromProse("You'll work the front counter and the service drive at the shop.")).toBe(
      'onsite',
    );
    expect(workTypeFromProse('You will work the reception desk on weekday mornings.')).toBe('onsite');
    expect(workTypeFromProse("You'll work the numbers with our front desk team.")).toBeNull();
  });

  it('reads a workplace five days a week as on-site, with its address between', () => {
    const desk =
      'Desk adjusters work from our claims center on Verdae Boulevard in Greenville, five days a week.';
    expect(ruleOf(desk)).toBe('prose.office-every-day');
    expect(workTypeFromProse('Nurses work at our Eastside clinic, Main Street, five days a week.')).toBe(
      'onsite',
    );
  });
});

describe('a week split between the office and home, written short', () => {
  it('reads a run of weekdays short of the week in the office as hybrid, Monday to Friday not', () => {
    expect(ruleOf('In the office Mon-Thu (our Durham office is on Hillsborough Rd).')).toBe(
      'role.office-weekday-range',
    );
    expect(workTypeFromProse('We are in the studio Tuesday to Thursday.')).toBe('hybrid');
    expect(ruleOf('In the office Mon-Fri, 9 to 5.')).not.toBe('role.office-weekday-range');
    // The studio's own place may come between, and the run is the role's own week, over a company's
    // "many of our engineers are fully remote".
    const studio =
      'Many of our engineers are fully remote. This role isn’t: design works in our Denver studio in RiNo Monday through Wednesday.';
    expect(arrangementOfRole(studio)?.workType).toBe('hybrid');
    expect(arrangementOfRole('We are in our office in central Leeds Monday to Friday.')).toBeNull();
  });

  it('reads a weekday every week at home as hybrid', () => {
    expect(ruleOf('Full-time, 40 hrs/week. Fridays from home.')).toBe('prose.weekdays-from-home');
    expect(workTypeFromProse('Most of the team work from home on Mondays.')).toBe('hybrid');
  });
});

describe('a sentence about this role over a remote-first company', () => {
  const firm = "We're a remote-first company: our software teams work from home across the UK.";

  it('reads an on-site role with a word between as on-site ("an on-site, patient-facing role")', () => {
    expect(arrangementOfRole('This is an on-site, patient-facing role.')?.rule.id).toBe('role.onsite');
    expect(arrangementOfRole('This is an on-site, or remote, role.')).toBeNull();
  });

  it('reads on site Monday to Friday, or no home-working option, as on-site', () => {
    const lab = `${firm} This placement is based in our lab at the Science Park, on site Monday to Friday.`;
    expect(arrangementOfRole(lab)?.workType).toBe('onsite');
    expect(arrangementOfRole(`${firm} There is no home-working option for lab placements.`)?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole(firm)).toBeNull();
  });

  it('reads coming to the office every Tuesday as hybrid, even mostly from home', () => {
    const week =
      "You'll work mostly from home. Everyone in our team comes to the Hamburg-Altona office every Tuesday for planning.";
    expect(arrangementOfRole(week)?.rule.id).toBe('role.weekly-office-day');
  });

  it('reads a contract stated fully remote as remote, over an on-site pane', () => {
    const contract = 'This contract is fully remote. The Manchester office is there if you want a desk.';
    expect(arrangementOfRole(contract)?.workType).toBe('remote');
    expect(arrangementOfRole('The contract is on-site at our Leeds depot.')?.workType).toBe('onsite');
  });

  it("reads the job on the shop floor as on-site, over the company's remote-first team", () => {
    const store =
      "Our remote-first engineering team builds the web shop from all over Sweden. This job is the opposite of that: it's on the shop floor of our only store.";
    expect(ruleOf(store)).toBe('role.on-the-floor');
    expect(workTypeFromProse('The role is on the production floor of our Leeds plant.')).toBe('onsite');
    expect(ruleOf('Our remote-first engineering team builds the web shop.')).toBe('prose.remote-role');
  });

  it('reads named weekdays at the studio as hybrid, over a Remote badge', () => {
    const studio =
      'The design team works from our studio above the kitchen on Bull Street on Mondays, Tuesdays and Wednesdays, and from home on Thursdays and Fridays.';
    expect(arrangementOfRole(studio)?.workType).toBe('hybrid');
    expect(
      arrangementOfRole('We are in our studio Monday, Tuesday, Wednesday, Thursday and Friday.'),
    ).toBeNull();
  });

  it('reads named weekdays as home days as hybrid', () => {
    expect(ruleOf('The team works from our studios midweek. Mondays and Fridays are home days.')).toBe(
      'prose.office-first',
    );
    expect(workTypeFromProse('Fridays are home days.')).toBe('hybrid');
  });

  it('reads the role with an aside, or after a turn, as its own sentence', () => {
    const seat = "Our sales floor in Austin is hybrid. This seat is different: it's fully remote.";
    expect(ruleOf(seat)).toBe('role.remote');
    expect(ruleOf('This role, though, is fully remote: you can work from home.')).toBe('role.remote');
    expect(arrangementOfRole('This position, however, is on-site at our Leeds depot.')?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole('This seat belongs to the account team.')).toBeNull();
  });

  it('reads weekdays named before the office, or either of two studios, as hybrid', () => {
    expect(ruleOf('We spend Tuesdays and Thursdays in the office together.')).toBe('role.weekdays-in-office');
    expect(ruleOf('Tuesday to Thursday in the office.')).toBe('role.weekdays-in-office');
    expect(workTypeFromProse('Monday to Friday in the office.')).toBeNull();
    expect(workTypeFromProse('Month to month at the office we review the plan.')).toBeNull();
    const twoStudios =
      'The team works from our Montréal studio in Mile End or our Toronto studio on King West on Tuesdays, Wednesdays and Thursdays.';
    expect(ruleOf(twoStudios)).toBe('role.office-weekdays');
  });

  it('reads you on the floor of the workplace as on-site, a monthly visit not', () => {
    expect(ruleOf("You'll be on the shop floor every shift.")).toBe('prose.you-on-the-floor');
    expect(workTypeFromProse('You will work on the production floor of our Leeds plant.')).toBe('onsite');
    expect(workTypeFromProse('You will be on the sales floor once a month.')).toBeNull();
  });

  it("reads days a week in the studio, the days named first, as the role's own week", () => {
    const studio = 'After onboarding you will spend three days a week in our Savannah studio.';
    expect(arrangementOfRole(studio)?.rule.id).toBe('role.office-days');
    expect(arrangementOfRole('We meet 2 times per week at the office.')?.workType).toBe('hybrid');
    expect(arrangementOfRole('Five days a week in the office.')).toBeNull();
  });

  it('reads days a week at home with the other days at the workplace as the role’s hybrid week', () => {
    const text =
      "• Home office up to two days a week. The other three days you'll be at the planning desk with the team.";
    expect(arrangementOfRole(text)?.rule.id).toBe('role.home-days-rest-at-work');
    expect(
      arrangementOfRole('Work from home two days a week; the rest of the week you are in the office.')
        ?.workType,
    ).toBe('hybrid');
    // A home-office perk alone says nothing of the rest of the week.
    expect(
      arrangementOfRole('A home office budget of €500, and two days a week of paid training.'),
    ).toBeNull();
  });

  it('reads you working from home anywhere in a region as remote, a yearly perk or office days not', () => {
    const us = 'You can work from home anywhere in the continental US.';
    expect(arrangementOfRole(us)?.rule.id).toBe('role.remote-you');
    const ohio = 'You can work from home anywhere in Ohio, with two days a week in our Columbus office.';
    expect(workTypeFromProse(ohio)).toBe('hybrid');
    expect(workTypeFromProse('You can work from anywhere for up to four weeks a year.')).toBeNull();
    expect(workTypeFromProse('Work from anywhere for 30 days a year.')).toBeNull();
  });

  it('reads office days named as such, or a studio run worked from, as hybrid; an engagement as the job', () => {
    expect(arrangementOfRole('Studio days are Monday to Wednesday.')?.rule.id).toBe('role.office-days-named');
    expect(arrangementOfRole('Office days: Tuesday and Thursday.')?.workType).toBe('hybrid');
    expect(arrangementOfRole('Office days are Monday to Friday.')).toBeNull();
    const run = 'The team works from our studio Mon-Wed and from home Thu-Fri.';
    expect(arrangementOfRole(run)?.rule.id).toBe('role.office-weekday-range');
    expect(arrangementOfRole('This engagement is 100% remote.')?.workType).toBe('remote');
  });
});

describe('an early-careers scheme said to be office-based (capture120)', () => {
  it('reads "The scheme is office-based at our London office" as on-site', () => {
    expect(
      arrangementOfRole('The scheme is office-based at our London office in Moorgate for the full two weeks.')
        ?.workType,
    ).toBe('onsite');
  });
});
