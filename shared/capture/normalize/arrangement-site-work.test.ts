import { describe, expect, it } from 'vitest';
import { arrangementOfRole, workTypeFromProse } from './arrangement.ts';

/** Readings capture51 taught, each checked in wordings of its own: where the work itself is done. */
describe('where the work itself is done', () => {
  it("reads the job's work named by what it is, that cannot be done from home, as on-site", () => {
    const text =
      'Our dispatchers work from home across the state. Driving, of course, can’t be done from the couch.';
    expect(arrangementOfRole(text)?.workType).toBe('onsite');
    expect(arrangementOfRole('Nursing cannot be done remotely, so you will be on the unit.')?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole('Some filing cannot be done from home.')).toBeNull();
  });

  it("reads work inside clients' buildings as on-site", () => {
    expect(
      arrangementOfRole("At the start of each shift you'll badge in at the client's loading dock.")?.workType,
    ).toBe('onsite');
    expect(arrangementOfRole('You will sign in at the customer’s front desk each evening.')?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole('Our crews work inside the buildings our clients own or lease.')?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole('You will invoice the client for each building.')).toBeNull();
  });

  it('reads a patient assignment or bedside duties as ward work, not bedside experience asked for', () => {
    expect(arrangementOfRole('RPNs on the unit carry their own patient assignment of five.')?.workType).toBe(
      'onsite',
    );
    expect(
      arrangementOfRole('You will provide direct bedside care to post-surgical patients.')?.workType,
    ).toBe('onsite');
    expect(arrangementOfRole('Two years of bedside nursing experience required.')).toBeNull();
  });

  it('reads the job set up in a home office, or done from anywhere, as remote', () => {
    expect(arrangementOfRole("You'll take calls from a home office with a door that closes.")?.workType).toBe(
      'remote',
    );
    expect(arrangementOfRole('You will answer chats from your home office.')?.workType).toBe('remote');
    expect(arrangementOfRole('You can edit from anywhere in the UK.')?.workType).toBe('remote');
    expect(arrangementOfRole('You can design from anywhere in Canada.')?.workType).toBe('remote');
    expect(arrangementOfRole('You can travel anywhere in Europe on our rail pass.')).toBeNull();
    expect(arrangementOfRole("We've never had an office: the team talks on Slack.")?.workType).toBe('remote');
    expect(workTypeFromProse('We have never had an HQ; everyone works where they live.')).toBe('remote');
  });

  it('reads weekdays named as office days as hybrid, over a remote badge', () => {
    expect(
      arrangementOfRole('Tuesdays and Thursdays are office days at our Inglewood office; the rest is home.')
        ?.workType,
    ).toBe('hybrid');
    expect(arrangementOfRole('Monday to Wednesday are our studio days.')?.workType).toBe('hybrid');
    expect(arrangementOfRole('Mondays and Fridays are quiet days.')).toBeNull();
  });
});

describe('the work run at its workplace, with a time after the place', () => {
  it('reads a season or hours after the place as still on-site, not "from home"', () => {
    expect(workTypeFromProse("You'll run the calf shed at the home farm from July until weaning.")).toBe(
      'onsite',
    );
    expect(workTypeFromProse('You will work in the kitchen from 4pm on weekdays.')).toBe('onsite');
    expect(workTypeFromProse('You will handle bookings for the hotel from home.')).not.toBe('onsite');
  });
});
