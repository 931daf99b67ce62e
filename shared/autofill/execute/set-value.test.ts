import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dateFor } from './set-value.ts';

const box = (attrs: string) =>
  parseHTML(`<!doctype html><html><body><input ${attrs}></body></html>`).document.querySelector('input')!;

describe('dateFor', () => {
  it('types the date in the format the box shows, from its placeholder or its title', () => {
    expect(dateFor(box('type="text" placeholder="DD/MM/YYYY"'), '2027-03-09')).toBe('09/03/2027');
    expect(dateFor(box('type="text" title="MM/DD/YYYY"'), '2027-03-09')).toBe('03/09/2027');
    expect(dateFor(box('type="date"'), '2027-03-09')).toBe('2027-03-09');
  });
});
