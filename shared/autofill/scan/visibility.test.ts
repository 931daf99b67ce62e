import { describe, expect, it } from 'vitest';
import { classifyInForm } from '../classify/testing.ts';

const visibleName = '<label for="n">Full name</label><input id="n" name="fullName">';

describe('a labelled box alone in a block muted for screen readers', () => {
  it('is bait: never typed, never filled', () => {
    const fields = classifyInForm(
      `${visibleName}<div class="trap" aria-hidden="true"><label for="s">Your website</label><input id="s" type="url" name="site"></div>`,
    );
    expect(fields.map((f) => [f.classification.type, f.field.honeypot])).toEqual([
      ['full_name', false],
      ['other', true],
    ]);
  });

  it('a hidden one-question slide with its title and OK button is a step shown later, not bait', () => {
    const fields = classifyInForm(
      `${visibleName}<section aria-hidden="true"><h2>What is your email?</h2><input type="email" name="mail"><button type="button">OK</button></section>`,
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['full_name', 'email']);
  });

  it('a hidden step holding several boxes is not bait', () => {
    const fields = classifyInForm(
      `${visibleName}<div aria-hidden="true" style="display:none"><label for="c">City</label><input id="c" name="town"><label for="z">Postcode</label><input id="z" name="zip"></div>`,
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['full_name', 'city', 'postal_code']);
  });

  it('a card form hides every card but the current one: each hidden card is a question shown later', () => {
    const card = (n: number, q: string, name: string) =>
      `<div class="card" aria-hidden="true"><label for="c${n}">${q}</label><input id="c${n}" name="${name}"></div>`;
    const fields = classifyInForm(
      `<div class="card">${visibleName}</div>${card(1, 'Current employer', 'firm')}${card(2, 'Your mobile', 'mob')}${card(3, 'E-mail', 'mail')}`,
    );
    expect(fields.map((f) => [f.classification.type, f.field.honeypot])).toEqual([
      ['full_name', false],
      ['current_company', false],
      ['phone', false],
      ['email', false],
    ]);
  });

  it('a hidden unlabelled box after words saying it should stay empty is bait', () => {
    const fields = classifyInForm(
      `${visibleName}<p style="display:none">This should be empty: <input type="text" name="homepage"></p>`,
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['full_name', 'other']);
  });
});

describe('words about leaving a box empty', () => {
  const box = (label: string, help: string, name: string) =>
    `<label for="${name}">${label}</label><textarea id="${name}" name="${name}" aria-describedby="${name}-h"></textarea><p id="${name}-h">${help}</p>`;

  it('an order to leave it empty is a trap; leaving it empty offered as a choice is an optional question', () => {
    const fields = classifyInForm(
      box('Cover note', 'Please leave this field blank.', 'a') +
        box('Cover note', 'Tell us in a paragraph why this team, or just leave it blank.', 'b') +
        box('Cover note', 'Optional: you can leave it empty and we will still read your CV.', 'c'),
    );
    expect(fields.map((f) => f.classification.type)).toEqual([
      'other',
      'cover_letter_text',
      'cover_letter_text',
    ]);
    expect(fields[0]?.classification.reason).toContain('bot trap');
  });

  it('leaving it empty under a condition on the person is an optional question; on being human, a trap', () => {
    // forms-dev40: "If you live in Germany: which federal state (Bundesland)?" with "Leave empty if you live outside Germany."
    const fields = classifyInForm(
      box('Cover note', 'Leave empty if you have already uploaded a cover letter.', 'a') +
        box('Cover note', 'If you do not have one yet, just leave it blank.', 'b') +
        box('Cover note', 'Leave this field blank if you are human.', 'c'),
    );
    expect(fields.map((f) => f.classification.type)).toEqual([
      'cover_letter_text',
      'cover_letter_text',
      'other',
    ]);
  });
});
