import { describe, expect, it } from 'vitest';
import { sentenceAt } from './sentence-at.ts';

describe('sentenceAt', () => {
  const text = 'Base pay is $17.50 per hour. Staff averaged $24.80 an hour including tips!\nApply now.';
  it('gives the whole sentence a figure sits in, across the stop inside the figure', () => {
    expect(sentenceAt(text, text.indexOf('$24.80'))).toBe('Staff averaged $24.80 an hour including tips!');
    expect(sentenceAt(text, text.indexOf('$17.50'))).toBe('Base pay is $17.50 per hour.');
  });
  it('stops at a line break and runs to the text end when nothing ends the sentence', () => {
    expect(sentenceAt(text, text.indexOf('Apply'))).toBe('Apply now.');
    expect(sentenceAt('Employed by Acme Inc', 3)).toBe('Employed by Acme Inc');
  });
});
