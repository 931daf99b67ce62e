import { describe, expect, it } from 'vitest';
import { remoteExclusionsOf } from './remote-scope.ts';

const regions = (location: string, body = '') =>
  remoteExclusionsOf(location, body)
    .map((p) => p.region)
    .sort();

describe('remoteExclusionsOf', () => {
  it('reads the states a remote location leaves out', () => {
    expect(regions('Remote, USA (excluding NV)')).toEqual(['NV']);
    expect(regions('Remote - US except Oregon and TX')).toEqual(['OR', 'TX']);
    expect(regions('Remote - US')).toEqual([]);
  });

  it('reads a body that turns down people living in named states, or hires everywhere but them', () => {
    const body =
      'We are a distributed team. Sadly we cannot hire folks residing in Montana or Vermont right now.';
    expect(regions('Remote', body)).toEqual(['MT', 'VT']);
    expect(regions('Remote', 'Our payroll lets us hire in every state except Delaware.')).toEqual(['DE']);
    expect(regions('Remote', 'Applicants living in Nebraska are not eligible for this role.')).toEqual([
      'NE',
    ]);
  });

  it('does not read a limit to the states as leaving them out, nor states named beside an unrelated no', () => {
    // Turning down everywhere but Ohio keeps Ohio.
    expect(regions('Remote', 'We cannot hire anyone based outside Ohio.')).toEqual([]);
    expect(regions('Remote', 'You must live in Kansas. We do not offer relocation.')).toEqual([]);
    expect(
      regions('Remote', 'We decide without regard to age, in line with the Maryland Equal Pay Act.'),
    ).toEqual([]);
  });
});
