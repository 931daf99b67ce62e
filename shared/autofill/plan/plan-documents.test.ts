import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from './plan-fill.ts';
import type { PlanOptions } from './plan-types.ts';
import { SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS } from './sample-profile.ts';

const FORM = `
  <label for="cv">Resume/CV</label><input id="cv" type="file">
  <label for="cl">Cover letter</label><textarea id="cl"></textarea>
  <label for="q">Describe a backend system you scaled and what you measured.</label><textarea id="q" required></textarea>
  <label for="size">T-shirt size</label><select id="size" required><option>S</option><option>M</option></select>`;

function plan(options: PlanOptions) {
  const { document } = loadHtml(`<form>${FORM}</form>`);
  return planFill(classifyForm(document), SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS, options);
}

describe('planFill with the documents chosen for the job', () => {
  it('attaches the chosen tailored resume and types the chosen cover letter, saying which version and why', () => {
    const p = plan({
      files: {
        resume: {
          name: 'Ada Lovelace - Resume.pdf',
          source: 'your tailored resume, version 2, chosen for this job',
          confidence: 0.7,
        },
      },
      coverLetterText: 'Dear Initech Hiring Team,\n\nI build backends.',
      coverLetterChoice: { source: 'your cover letter, version 1, chosen for this job' },
    });
    const resume = p.steps.find((s) => s.fieldType === 'resume_file');
    expect(resume).toMatchObject({ action: 'file', value: 'Ada Lovelace - Resume.pdf' });
    expect(resume?.answerSource).toBe('your tailored resume, version 2, chosen for this job');
    expect(resume?.confidence).toBeLessThanOrEqual(0.7);
    const letter = p.steps.find((s) => s.fieldType === 'cover_letter_text');
    expect(letter?.value).toBe('Dear Initech Hiring Team,\n\nI build backends.');
    expect(letter?.answerSource).toBe('your cover letter, version 1, chosen for this job');
  });

  it('without a choice the master resume is described as before', () => {
    const p = plan({ files: { resume: { name: 'cv.pdf' } } });
    expect(p.steps.find((s) => s.fieldType === 'resume_file')?.answerSource).toBe('your resume');
  });

  it('marks a free-text custom question with no saved answer as draftable, and no other kind of question', () => {
    const p = plan({});
    const question = p.needsYou.find((n) => n.label.startsWith('Describe a backend system'));
    expect(question?.draftable).toBe(true);
    const size = p.needsYou.find((n) => n.label === 'T-shirt size');
    expect(size).toBeDefined();
    expect(size?.draftable).toBeUndefined();
  });

  it('fills a question with the answer the person approved in the preview, and only that field', () => {
    const before = plan({});
    const ref = before.needsYou.find((n) => n.draftable)!.fieldRef;
    const sizeRef = before.needsYou.find((n) => n.label === 'T-shirt size')!.fieldRef;
    const p = plan({ approvedAnswers: { [ref]: '  I scaled the ingest API.  ', [sizeRef]: 'M' } });
    const step = p.steps.find((s) => s.fieldRef === ref);
    expect(step).toMatchObject({ action: 'set', value: 'I scaled the ingest API.', confidence: 1 });
    expect(step?.answerSource).toBe('your answer, approved in the preview');
    expect(p.needsYou.map((n) => n.fieldRef)).toEqual([sizeRef]);
  });
});
