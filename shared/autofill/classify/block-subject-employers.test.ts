import { describe, expect, it } from 'vitest';
import { block, box, candidate, classifyInForm, typesInForm as types } from './testing.ts';

describe('a block about a past employer: its bare job and contact boxes are not the current job', () => {
  const now = `<h2>Work</h2>${block('Current employer')}${box('c1', 'Company')}${box('t1', 'Job title')}`;

  it('"Previous employer": its bare Company, Job title, Phone and Address', () => {
    expect(
      types(
        `${now}${block('Previous employer')}${box('c2', 'Company')}${box('t2', 'Job title')}${box('p2', 'Phone', 'tel')}${box('a2', 'Address')}`,
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other', 'other', 'other']);
  });

  it('"Previous employment": the employer\'s phone after its company', () => {
    expect(
      types(`${now}${block('Previous employment')}${box('c2', 'Company')}${box('p2', 'Phone', 'tel')}`),
    ).toEqual(['current_company', 'current_title', 'other', 'other']);
  });

  it('the job named by its place in time, its title captioned "Your title"', () => {
    expect(
      types(
        `${now}${block('The job you held before your present one')}${box('c2', 'Company')}${box('t2', 'Your job title')}${box('p2', 'Phone', 'tel')}`,
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other', 'other']);
  });

  it('a numbered later position of an employment history', () => {
    expect(
      types(
        `${now}${block('Employment history – position 2')}${box('c2', 'Company')}${box('t2', 'Job title')}${box('p2', 'Phone', 'tel')}`,
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other', 'other']);
  });

  it('"Present or most recent employer" under "Work history" is the job held now', () => {
    expect(
      types(
        `<h2>Work History</h2>${block('Present or most recent employer')}${box('c1', 'Company')}${block('Employer before that')}${box('c2', 'Company')}${box('p2', 'Phone', 'tel')}`,
      ),
    ).toEqual(['current_company', 'other', 'other']);
  });

  it('"Current or previous employer" may be today’s job', () => {
    expect(
      types(
        `<h2>Work</h2>${block('Current or previous employer')}${box('c1', 'Company')}${box('t1', 'Job title')}`,
      ),
    ).toEqual(['current_company', 'current_title']);
  });

  it('says why, naming the block', () => {
    const fields = classifyInForm(
      `${now}${block('Previous employer')}${box('c2', 'Company')}${box('t2', 'Job title')}`,
    );
    expect(fields.at(-1)?.classification.reason).toMatch(/a past employer \("previous employer"\)/);
  });
});

describe("a referee's bare job boxes are the referee's", () => {
  it('Job title and Company after the referee’s name', () => {
    expect(
      types(
        `${candidate}<h2>References</h2>${block('Referee 1')}${box('r', 'Name')}${box('rt', 'Job title')}${box('rc', 'Company')}${box('re', 'Email', 'email')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other', 'other']);
  });

  it('a person named by what they are to the candidate, then Organisation and Position', () => {
    expect(
      types(
        `${candidate}<h2>Checks</h2>${block('Someone who managed you in the last 3 years')}${box('r', 'Full name')}${box('rc', 'Company')}${box('rt', 'Position')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
  });
});
