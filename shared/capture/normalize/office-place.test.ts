import { describe, expect, it } from 'vitest';
import { parseLocations } from './location.ts';
import { officeOverLocation, officePlaceInProse, onlySaysRemote } from './office-place.ts';

describe('the office the text names as where the job works', () => {
  it('reads "based in", "our X office", "live in the X area" and a sales territory', () => {
    expect(officePlaceInProse('The position is mostly based in Denver, with two office days.')?.city).toBe(
      'Denver',
    );
    expect(officePlaceInProse('You will join the squad at our Seattle office on Mondays.')?.city).toBe(
      'Seattle',
    );
    expect(officePlaceInProse('Applicants need to live in the Phoenix metro area.')?.city).toBe('Phoenix');
    expect(officePlaceInProse('You will cover accounts in the Atlanta territory.')?.city).toBe('Atlanta');
  });

  it('names nothing for a company blurb, an unknown place or two different cities', () => {
    expect(officePlaceInProse('We have offices in Boston, Chicago and Dallas.')).toBeNull();
    expect(officePlaceInProse('Founded in 2009, the company is based in Houston.')).toBeNull();
    expect(officePlaceInProse('The team meets at our Riverside Works office.')).toBeNull();
    expect(officePlaceInProse('This role is based in Austin or at our Chicago office.')).toBeNull();
  });

  it('tells a remote-only location line from one with a city', () => {
    expect(onlySaysRemote(parseLocations('Remote - US'))).toBe(true);
    expect(onlySaysRemote(parseLocations('Remote'))).toBe(true);
    expect(onlySaysRemote(parseLocations('Denver, CO (Remote)'))).toBe(false);
    expect(onlySaysRemote(parseLocations('United States'))).toBe(false);
  });
});

describe('the office over a location that names no place of work', () => {
  const text = 'You will be based at our Leeds site three days a week and can work from home on Fridays.';
  it("takes the text's office over a country-only location in that country", () => {
    expect(officeOverLocation(parseLocations('GB'), text)?.city).toBe('Leeds');
    expect(officeOverLocation(parseLocations('Remote'), text)?.city).toBe('Leeds');
  });

  it('keeps a city, or a country the office is not in', () => {
    expect(officeOverLocation(parseLocations('York, United Kingdom'), text)).toBeNull();
    expect(officeOverLocation(parseLocations('Germany'), text)).toBeNull();
  });
});
