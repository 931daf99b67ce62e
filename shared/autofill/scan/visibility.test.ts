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
});
