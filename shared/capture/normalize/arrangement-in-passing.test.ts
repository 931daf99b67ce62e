import { describe, expect, it } from 'vitest';
import { arrangementOfRole, workTypeFromLabel, workTypeFromProse } from './arrangement.ts';

describe('home working ruled out for this job in other words', () => {
  it('reads "no home-office share" or "no remote days" in this job as on-site', () => {
    const share = "Maintenance happens where the machines are, so there's no home-office share in this job.";
    expect(arrangementOfRole(share)?.workType).toBe('onsite');
    expect(workTypeFromProse('There are no remote days for this position.')).toBe('onsite');
    expect(workTypeFromProse('No home office days in this role: the press shop runs on shifts.')).toBe(
      'onsite',
    );
  });

  it('does not read a home-office allowance as the arrangement', () => {
    expect(workTypeFromProse('We pay a home office allowance for this role.')).toBeNull();
  });
});

describe('a workplace named as the work setting', () => {
  it('reads "In store", "In clinic" or "branch-based" as on-site', () => {
    expect(workTypeFromLabel('In store')).toBe('onsite');
    expect(workTypeFromLabel('In-clinic')).toBe('onsite');
    expect(workTypeFromLabel('Branch-based')).toBe('onsite');
  });

  it('does not read a store word inside another phrase as the arrangement', () => {
    expect(workTypeFromLabel('In store and online')).toBeNull();
    expect(workTypeFromLabel('Instore pickup')).toBeNull();
  });
});

describe('reporting to a building every working day', () => {
  it("reads a school's or public body's working day at its building as on-site", () => {
    const school =
      'Academy teachers report to the Learning Center at the Ellison Annex each contract day; students log in from home.';
    expect(arrangementOfRole(school)?.workType).toBe('onsite');
    expect(workTypeFromProse('Counsellors report to the district office every school day.')).toBe('onsite');
    expect(workTypeFromProse('Inspectors report to the county building each business day.')).toBe('onsite');
  });

  it('does not read one day of reporting in as every day', () => {
    expect(workTypeFromProse('On your first day, report to the district office at 8am.')).toBeNull();
  });
});

describe('a fly-in fly-out roster written short', () => {
  it('reads a roster ratio before FIFO or the hub it flies from as on-site', () => {
    expect(workTypeFromProse('Roster 2:1 FIFO ex Perth')).toBe('onsite');
    expect(workTypeFromProse('8/6 DIDO from Mackay, village accommodation provided.')).toBe('onsite');
    expect(workTypeFromProse('Swing: FIFO out of Brisbane.')).toBe('onsite');
  });

  it('does not read FIFO as stock accounting', () => {
    expect(workTypeFromProse('You will value inventory on a FIFO basis.')).toBeNull();
  });
});

describe('a team that is together only at an occasional event', () => {
  it('reads the rare in-person meeting as a job done from home', () => {
    const dinner =
      'We ship a laptop to your home, and the quarterly close dinner in Austin is about the only time the whole finance team is in one room.';
    expect(workTypeFromProse(dinner)).toBe('remote');
    expect(
      workTypeFromProse('Our annual offsite is one of the few times we are all together in person.'),
    ).toBe('remote');
  });

  it('leaves a hybrid week as hybrid', () => {
    expect(
      workTypeFromProse(
        'You will be in our Leeds office two days a week; the summer party is the only time the whole company is together.',
      ),
    ).toBe('hybrid');
  });
});

describe("the job's work done from an office of the employer", () => {
  it('reads the work done from our office in several wordings as on-site', () => {
    const phones = "You'll be on the phones from our Riverside office with a book of 200 accounts.";
    expect(workTypeFromProse(phones)).toBe('onsite');
    expect(workTypeFromProse('You will sell from our Leeds office to trade customers.')).toBe('onsite');
    expect(workTypeFromProse("You'll be working out of our downtown office.")).toBe('onsite');
    expect(workTypeFromProse("You'll be taking calls from the Bristol office.")).toBe('onsite');
  });

  it('does not read some days, an office or home, or someone else there', () => {
    expect(workTypeFromProse("You'll work from our Leeds office two days a week.")).not.toBe('onsite');
    expect(workTypeFromProse("You'll be working from our Leeds office or from home.")).toBeNull();
    expect(workTypeFromProse("You'll work closely with the team from our Paris office.")).toBeNull();
    expect(workTypeFromProse("You'll be working from the home office you set up.")).toBeNull();
  });
});

describe('a commute that stays inside the home', () => {
  it('reads "your commute is the hallway" as a job done from home', () => {
    const hallway =
      'Your commute is the hallway: we ship the headset and two monitors to your door, and training runs on Zoom.';
    expect(workTypeFromProse(hallway)).toBe('remote');
    expect(workTypeFromProse('Your commute is down the stairs to the spare room.')).toBe('remote');
    expect(
      workTypeFromProse('Your commute is the 7:10 train, and we pay half the season ticket.'),
    ).toBeNull();
    expect(workTypeFromProse('The hallway of the clinic is your waiting room.')).toBeNull();
  });
});

describe('everything done at the workplace, said in passing', () => {
  it('reads "everything happens in our treatment rooms" as on-site', () => {
    const rooms =
      'Apart from the Thursday home visits, everything happens in our four treatment rooms at Annenstraße – even the documentation.';
    expect(workTypeFromProse(rooms)).toBe('onsite');
    expect(workTypeFromProse('Everything takes place at our Graz practice, from intake to billing.')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('Everything happens in our shared Notion workspace.')).toBeNull();
  });
});
