import { describe, expect, it } from 'vitest';
import { arrangementOfRole } from './arrangement.ts';

/** Sentences about this role that outrank a "Remote" tag, TELECOMMUTE data or a company's policy. */
const roleOf = (text: string) => arrangementOfRole(text)?.workType ?? null;

describe('this role turning remote down', () => {
  it('reads "this is not a remote job" as on-site, not when a hybrid week or home days follow', () => {
    expect(roleOf("This is not a remote job. You'll split your week between our office and our sites.")).toBe(
      'onsite',
    );
    expect(roleOf('The position is not remote.')).toBe('onsite');
    expect(roleOf("This isn't a remote role: it's hybrid, three days in the office.")).not.toBe('onsite');
    expect(roleOf('This is not a remote role; you can work from home on Fridays.')).not.toBe('onsite');
    expect(roleOf('This is not a fully remote role.')).toBeNull();
    expect(roleOf('This is not a work-from-home job.')).toBe('onsite');
    // After a "Remote" location line: the posting explains the line away.
    expect(roleOf("We don't have an office in Texas. That doesn't make this a work-from-home job.")).toBe(
      'onsite',
    );
    expect(roleOf('No office nearby, but that does not mean this is a remote position.')).toBe('onsite');
    expect(roleOf("That doesn't make this a remote role: it's hybrid, with Fridays at home.")).not.toBe(
      'onsite',
    );
  });

  it('reads no telehealth or home working in this role as on-site, over a remote-first company', () => {
    const text =
      "We're a remote-first company on the business side. All treatment is in person at our clinic, and there's no telehealth in this role.";
    expect(roleOf(text)).toBe('onsite');
    expect(roleOf('There is no remote working for this position.')).toBe('onsite');
    expect(roleOf("We don't offer remote work for this role.")).toBe('onsite');
    expect(roleOf('We offer telehealth for patients in this region.')).toBeNull();
  });
});

describe('a job that moves between places', () => {
  it('reads a shift or day spent on the road as on-site, not a trip now and then', () => {
    expect(roleOf("You'll meet the van at our depot and spend the shift on the road with the driver.")).toBe(
      'onsite',
    );
    expect(roleOf('You spend most of your working day on the road.')).toBe('onsite');
    expect(roleOf('You may spend a day on the road once a quarter.')).toBeNull();
  });

  it('reads days of the week in the car or the field as on-site, trips a month not', () => {
    expect(roleOf("You'll be in your car and in practices four days a week.")).toBe('onsite');
    expect(roleOf('You will be out in the field three days per week.')).toBe('onsite');
    expect(roleOf("You'll be on the road two days a week.")).toBeNull();
    expect(roleOf("After years in the field, you'll be in our office three days a week.")).toBe('hybrid');
    expect(roleOf("You'll be on the road, and at home three days a week.")).not.toBe('onsite');
  });

  it('reads a delivery round or driving a goods vehicle as on-site, planning deliveries not', () => {
    expect(roleOf("You'll drive a 7.5 to 18-tonne rigid with a tail-lift on a two-person crew.")).toBe(
      'onsite',
    );
    expect(roleOf("Doing 12 to 18 drops a day to customers' homes, then back to the depot.")).toBe('onsite');
    expect(roleOf('You will be making up to 120 deliveries per shift.')).toBe('onsite');
    expect(roleOf("You'll be driving a Luton van with a tail-lift.")).toBe('onsite');
    expect(roleOf('You will plan 400 deliveries a day for our drivers.')).toBeNull();
    expect(roleOf("You'll drive a culture of ownership across the team.")).toBeNull();
  });

  it('reads work aboard a mobile unit as on-site, not a mobile app team', () => {
    expect(roleOf("You'll work on our Mobile Health Unit across three counties.")).toBe('onsite');
    expect(roleOf('The role is based on the mobile dental van.')).toBe('onsite');
    expect(roleOf("You'll work on our mobile app with the product team.")).toBeNull();
  });

  it('reads "no desk and no working from home" as on-site', () => {
    expect(roleOf("There's no desk and no working from home; you drive to client sites.")).toBe('onsite');
  });

  it("reads travel between the employer's sites, or an itinerant role, as on-site", () => {
    expect(roleOf("It is itinerant: you'll travel between our eight school buildings.")).toBe('onsite');
    expect(roleOf('You will rotate between our three clinics in the valley.')).toBe('onsite');
    expect(roleOf('This is a peripatetic position.')).toBe('onsite');
    expect(roleOf("You'll occasionally travel between our sites.")).toBeNull();
    expect(roleOf('You will travel between our offices once a month.')).toBeNull();
    expect(roleOf('Split your time between our office and home.')).toBeNull();
  });
});

describe('where the work is done, said the other common ways', () => {
  it('reads every working day at the workplace as on-site, the first week not', () => {
    expect(roleOf('You must be able to commute to our office daily.')).toBe('onsite');
    expect(roleOf('The role requires you to be on site every day.')).toBe('onsite');
    expect(roleOf("You'll be in the office every day of your first week.")).toBeNull();
    // Any workplace the other rules name, not only an office: a school, a workshop, a yard.
    expect(roleOf('You will need to be at the school every working day.')).toBe('onsite');
    expect(roleOf('You must report to the yard daily.')).toBe('onsite');
    expect(roleOf('You must report to the yard daily during induction.')).toBeNull();
  });

  it('reads the whole working week at the workplace as on-site, a first month of it not', () => {
    expect(roleOf('You will be based in our Austin lab five days a week.')).toBe('onsite');
    expect(roleOf('The program is based at our Fortitude Valley office, five days a week.')).toBe('onsite');
    expect(roleOf("You'll work at the depot Monday to Friday, 7 to 3.")).toBe('onsite');
    expect(roleOf('You will be in the office five days a week during onboarding.')).toBeNull();
  });

  it("reads clients' homes, deliveries, customer sites and driving roles as on-site", () => {
    expect(roleOf("You'll be working in clients' homes across the borough.")).toBe('onsite');
    expect(roleOf('You will be delivering parcels to homes across Leeds.')).toBe('onsite');
    expect(roleOf('The job is performed at customer locations.')).toBe('onsite');
    expect(roleOf('Work is performed mostly in the field.')).toBe('onsite');
    expect(roleOf("You'll spend most of your week visiting customers.")).toBe('onsite');
    expect(roleOf('This is a delivery driver role.')).toBe('onsite');
    expect(roleOf("You'll spend most of your time with customers on video calls.")).toBeNull();
  });

  it('reads telework five days a week as remote, two days not', () => {
    expect(roleOf('It is approved for telework five days a week from a home office.')).toBe('remote');
    expect(roleOf('You can work from home two days a week.')).toBeNull();
  });
});
