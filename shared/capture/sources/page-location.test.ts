import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pickLocation } from './page-location.ts';

describe('the place in a chip line beside the title', () => {
  it('reads the place between contract and hours chips', () => {
    expect(pickLocation([], ['Unbefristet', 'Festanstellung, Teilzeit · Hamburg'])?.value).toBe('Hamburg');
    expect(pickLocation([], ['Full-time · Leeds, UK'])?.value).toBe('Leeds, UK');
  });

  it('keeps a line of places as written', () => {
    expect(pickLocation([], ['Berlin, Germany / Hamburg, Germany'])?.value).toBe(
      'Berlin, Germany / Hamburg, Germany',
    );
  });

  it('reads the place in a line of facts where the rest is pay and hours', () => {
    expect(pickLocation([], ['Remote (UK) · £15 – £17 per hour · Part-time, 20 hours per week'])?.value).toBe(
      'Remote (UK)',
    );
    // A line with something that is neither pay nor terms nor a place says nothing about the place.
    expect(pickLocation([], ['Remote (UK) · £15 – £17 per hour · Team Bravo'])).toBeNull();
  });

  it('finds no place in a line of contract words alone', () => {
    expect(pickLocation([], ['Festanstellung, Vollzeit'])).toBeNull();
  });
  it('reads the place after the team in a subtitle, not the team', () => {
    expect(pickLocation([], ['Finance · Boise, Idaho'])?.value).toBe('Boise, Idaho');
    expect(pickLocation([], ['Customer Care · Remote'])).toBeNull();
  });

  it('does not read a posting number label ending in "ID" or "No" as a city and a state', () => {
    expect(pickLocation([], ['Requisition ID', 'Boise, ID'])?.value).toBe('Boise, ID');
    expect(pickLocation([], ['Job ID'])).toBeNull();
    expect(pickLocation([], ['Reference No'])).toBeNull();
    expect(pickLocation([], ['Moscow ID'])?.value).toBe('Moscow ID');
  });
});

describe('a store or site line ending in a postal address', () => {
  it('reads the town before a UK or Canadian postcode', () => {
    expect(pickLocation([], ['Derby Kingsway · Kingsway Retail Park, Derby DE22 3FA'])?.value).toBe(
      'Derby, United Kingdom',
    );
    expect(pickLocation([], ['Unit 4, Thornbury Road, Milton Keynes MK14 6BQ'])?.value).toBe(
      'Milton Keynes, United Kingdom',
    );
    expect(pickLocation([], ['Princess St Branch · 218 Princess Street, Kingston ON K7L 1B2'])?.value).toBe(
      'Kingston, Canada',
    );
  });

  it('reads no town from a line without a postcode', () => {
    expect(pickLocation([], ['Kingsway Retail Park, Unit 4'])).toBeNull();
  });
});

describe('a place written first, or with its district', () => {
  it('reads a country before the team in a subtitle, and a known city with its district in brackets', () => {
    expect(pickLocation([], ['United Kingdom · Technology'])?.value).toBe('United Kingdom');
    expect(pickLocation([], ['Technology · Customer Care'])).toBeNull();
    expect(pickLocation([], ['4-7 Years', 'Pune (Hinjewadi)'])?.value).toBe('Pune (Hinjewadi)');
  });
});

describe('an element named for the locations', () => {
  it('is no place when it holds only the closing date, and the next one that holds a place is', () => {
    const { document } = parseHTML(
      '<div class="locations"><p><b>Apply before 11:55 pm on Sunday 20th July 2025</b></p></div><div class="location">Leeds, Manchester</div>',
    );
    const [deadline, place] = Array.from(document.querySelectorAll('div'));
    expect(pickLocation([deadline!, place!], [])?.value).toBe('Leeds, Manchester');
  });
});
