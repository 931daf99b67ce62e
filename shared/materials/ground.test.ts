import { describe, expect, it } from 'vitest';
import type { Failure } from './check-doc.ts';
import { generateGrounded } from './ground.ts';
import type { CoverLetterDoc } from './schema.ts';
import { buildSources, bulletId, JOB_ID } from './sources.ts';
import { EXP, job, profile } from './testing.ts';

const index = buildSources(profile, job);
const letter = (...texts: Array<[string, string]>): CoverLetterDoc => ({
  kind: 'cover_letter',
  tone: 'formal',
  length: 'short',
  culture: 'corporate',
  paragraphs: [{ sentences: texts.map(([text, source]) => ({ text, sources: [source] })) }],
});
const good: [string, string] = [
  'Led a team of 5 engineers building a Kafka event pipeline.',
  bulletId(EXP, 1),
];
const invented: [string, string] = ['Led a team of 50 engineers at Hooli.', bulletId(EXP, 1)];

describe('regenerate once, then drop with a visible note', () => {
  it('keeps a clean first answer as it is', async () => {
    const calls: Array<Failure[] | null> = [];
    const out = await generateGrounded(async (f) => {
      calls.push(f);
      return letter(good);
    }, index);
    expect(out).toMatchObject({ attempts: 1, notes: [] });
    expect(calls).toEqual([null]);
  });

  it('regenerates with the failures and keeps the fixed answer', async () => {
    const calls: Array<Failure[] | null> = [];
    const out = await generateGrounded(async (f) => {
      calls.push(f);
      return f ? letter(good) : letter(good, invented);
    }, index);
    expect(calls[1]?.[0]).toMatchObject({ path: 'paragraphs.0.sentences.1', text: invented[0] });
    expect(out.attempts).toBe(2);
    expect(out.notes).toEqual([]);
    expect(out.doc.paragraphs[0].sentences).toHaveLength(1);
  });

  it('drops what still fails after the second try, with a note saying why', async () => {
    const out = await generateGrounded(
      async () => letter(['I am writing to apply.', JOB_ID], invented),
      index,
    );
    expect(out.doc.paragraphs[0].sentences.map((s) => s.text)).toEqual(['I am writing to apply.']);
    expect(out.notes).toEqual([
      { text: invented[0], reason: 'Left out: the number 50 is not in the items it cites.' },
    ]);
  });
});
