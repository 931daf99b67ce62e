import { describe, expect, it } from 'vitest';
import { answerDraft } from './answer-draft.ts';
import { generateDeterministic } from './deterministic/index.ts';
import { groundNow } from './ground.ts';
import { type AnswersDoc, MaterialOptions } from './schema.ts';
import { buildSources } from './sources.ts';
import { job, profile } from './testing.ts';

const question = 'Tell us about a time you improved the performance of a backend system.';
const index = buildSources(profile, job);
const made = { notes: [], label: 'Assembled from your profile without a model', fallback: null };

describe('a drafted answer to a custom question', () => {
  it('is the person’s own evidence, every sentence traced to the profile item it rests on', () => {
    const options = MaterialOptions.parse({ questions: [question] });
    const grounded = groundNow(generateDeterministic('answers', profile, job, options), index);
    const draft = answerDraft(grounded.doc as AnswersDoc, question, index, {
      ...made,
      notes: grounded.notes,
    });
    expect(draft.text).toMatch(/p95 API latency by 40%/);
    expect(draft.sentences.length).toBeGreaterThan(0);
    const latency = draft.sentences.find((s) => s.text.includes('40%'));
    expect(latency?.restsOn).toEqual([
      'Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views',
    ]);
    expect(draft.notes).toEqual([]);
  });

  it('keeps the notes of what was left out, and is empty when nothing in the profile answers', () => {
    const doc: AnswersDoc = { kind: 'answers', answers: [{ question, sentences: [] }] };
    const notes = [
      { text: 'I led 40 engineers at Hooli.', reason: 'the number "40" is not in the items it cites' },
    ];
    const draft = answerDraft(doc, question, index, { ...made, notes });
    expect(draft.text).toBe('');
    expect(draft.notes).toEqual(notes);
  });

  it('takes the one answer even when a model reworded the question', () => {
    const doc: AnswersDoc = {
      kind: 'answers',
      answers: [
        { question: 'Performance work?', sentences: [{ text: 'I use Python.', sources: ['skill:python'] }] },
      ],
    };
    const draft = answerDraft(doc, question, index, made);
    expect(draft.text).toBe('I use Python.');
    expect(draft.sentences[0]?.restsOn).toEqual(['Python']);
  });
});
