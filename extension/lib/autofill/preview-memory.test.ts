import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm, type FillPlan } from '../../../shared/autofill/index.ts';
import { PreviewMemory } from './preview-memory.ts';

/** A box known only by the text beside it, whose answer the preview offered and the person accepted. */
const page = () =>
  parseHTML(`<html><body><form><label>First name <input id="first_name"></label>
    <div><span id="cap">Email address</span> <input id="q8" type="text"></div></form></body></html>`)
    .document;
const offered = (fields: ReturnType<typeof classifyForm>): FillPlan => {
  const ref = fields.find((f) => f.field.elements[0]?.id === 'q8')!.field.ref;
  const note = {
    fieldRef: ref,
    fieldType: 'email' as const,
    label: 'Email address',
    reason: '',
    suggestion: 'ada@example.com',
  };
  return {
    steps: [],
    needsYou: [],
    skipped: [note],
    summary: { filled: 0, needYou: 0, skipped: 1, text: '' },
  };
};

describe('answers accepted in the preview', () => {
  it('fill the question they were accepted for, and nothing once the page rewrites it', () => {
    const doc = page();
    const before = classifyForm(doc, { url: 'https://jobs.example.test/apply' });
    const plan = offered(before);
    const ref = plan.skipped[0]!.fieldRef;
    const accepted = { [ref]: { text: 'ada@example.com', question: 'Email address' } };

    const memory = PreviewMemory.of(before, plan);
    expect(Object.values(memory.approvedAnswers(before, accepted))).toEqual(['ada@example.com']);

    doc.getElementById('cap')!.textContent = "Your referee's email address";
    const after = classifyForm(doc, { url: 'https://jobs.example.test/apply' });
    expect(memory.approvedAnswers(after, accepted)).toEqual({});
    // Nor after a fresh preview that words the box the new way: it was accepted for the old wording.
    expect(PreviewMemory.of(after, offered(after)).approvedAnswers(after, accepted)).toEqual({});
  });
});
