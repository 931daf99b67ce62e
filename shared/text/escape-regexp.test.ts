import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp.ts';

describe('escapeRegExp', () => {
  it('matches a company or keyword with pattern characters only literally', () => {
    const name = 'C++ (Europe) Ltd. [x]*?';
    const re = new RegExp(`^${escapeRegExp(name)}$`);
    expect(re.test(name)).toBe(true);
    expect(re.test('CC (Europe) Ltd. [x]*?')).toBe(false);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
