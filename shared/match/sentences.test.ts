import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences.ts';

describe('sentencesOf', () => {
  it('joins a sentence wrapped over lines but keeps list items, headings and paragraphs apart', () => {
    const text =
      'We hire people who live in one of\nthe listed regions. U.S. persons only.\nWhat you do:\n- Write code\n- Review code\n\nbenefits follow';
    expect(sentencesOf(text)).toEqual([
      'We hire people who live in one of\nthe listed regions.',
      'U.S. persons only.',
      'What you do:',
      '- Write code',
      '- Review code',
      'benefits follow',
    ]);
  });
});
