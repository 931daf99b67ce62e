import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_LABEL } from '../normalize/lines.ts';
import { namedFieldValue } from './state-facts.ts';

describe('namedFieldValue', () => {
  it('reads a labelled field from the posting’s list of named fields', () => {
    const posting = {
      title: 'Tide Gauge Technician',
      metadata: [
        { id: 1, name: 'Cost centre', value: 'OPS-7' },
        { id: 2, name: 'Contract type', value: 'Part-time, permanent' },
      ],
    };
    expect(namedFieldValue(posting, EMPLOYMENT_LABEL)).toBe('Part-time, permanent');
  });

  it('joins a multi-select value and ignores lists of other things', () => {
    const posting = {
      offices: [{ name: 'Employment type HQ', location: 'Hull' }],
      customFields: [{ label: 'Job type', values: [{ label: 'Contract' }, { label: 'Remote' }] }],
    };
    expect(namedFieldValue(posting, EMPLOYMENT_LABEL)).toBe('Contract, Remote');
    expect(namedFieldValue({ tags: ['Full-time'] }, EMPLOYMENT_LABEL)).toBe('');
  });
});
