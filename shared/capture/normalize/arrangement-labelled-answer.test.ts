import { describe, expect, it } from 'vitest';
import { arrangementOfRole, workTypeFromProse } from './arrangement.ts';

describe('a labelled line in the text that answers the home-working question', () => {
  it.each([
    "Prepare buffers for the development team\nTélétravail: no – the assays don't travel.\nQualifications",
    'What we offer\nRemote work: No\nHours: 37.5 a week',
    '• Home office: not possible (clean-room role)',
    'Location: Leeds\nWFH: None.',
    'Remote working: Not eligible, lab-based',
    'Telework: No',
  ])('reads "%s" as on-site, over a badge', (text) => {
    expect(arrangementOfRole(text)?.workType).toBe('onsite');
  });

  it('leaves a place, another matter or a sentence that runs on', () => {
    expect(workTypeFromProse('Remote: North America')).not.toBe('onsite');
    expect(arrangementOfRole('Remote: no visa sponsorship is offered for this role.')).toBeNull();
    expect(arrangementOfRole('Remote work: nowhere near as lonely as you think')).toBeNull();
    expect(arrangementOfRole('Is remote work possible? No, but we are flexible on hours.')).toBeNull();
  });

  it('reads a share of the working time at home: all of it remote, less of it hybrid', () => {
    const perks =
      'What we offer\n• Mobile work: up to 100 % – the office is there if you want a desk\n• 30 days of leave';
    expect(arrangementOfRole(perks)?.workType).toBe('remote');
    expect(arrangementOfRole('Benefits\n- Home office: up to 40 %, the rest in Cologne')?.workType).toBe(
      'hybrid',
    );
    expect(arrangementOfRole('Remote work: 60% of the time')?.workType).toBe('hybrid');
    // A perks-list item without a colon, or with the share first.
    expect(arrangementOfRole('Perks\n• Up to 100% mobile work\n• Bike leasing')?.workType).toBe('remote');
    expect(arrangementOfRole('Benefits\n• Work from home 100%\n• Pension')?.workType).toBe('remote');
    expect(arrangementOfRole('Perks\n• Home office 40 %\n• Bike leasing')?.workType).toBe('hybrid');
    // A share of something else is no answer.
    expect(arrangementOfRole('• Remote: 40% travel to client sites')).toBeNull();
    expect(arrangementOfRole('• 100% remote onboarding budget')).toBeNull();
    expect(arrangementOfRole('Mobile work: 100 % company-paid phone plan')).toBeNull();
  });

  it('reads "this role cannot be worked from home" as on-site', () => {
    expect(arrangementOfRole('This role cannot be worked from home: ward rounds start at 8.')?.workType).toBe(
      'onsite',
    );
  });
});
