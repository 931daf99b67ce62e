import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from '../testing.ts';

// Ways of asking the right to work or sponsorship first met in forms-dev48 (Greenhouse US, Ashby Canada, Lever
// Germany): each test gives the form's wording beside others of our own.

describe('a status to name, whose help gives visas as examples', () => {
  it('is not the sponsorship question', () => {
    for (const [label, help] of [
      [
        'Current U.S. immigration status, if you are not a citizen or permanent resident',
        'For example F-1 OPT, STEM OPT, H-1B, TN, H-4 EAD.',
      ],
      ['Visa type', 'e.g. H-1B, L-1, Skilled Worker visa'],
      [
        'What is your residence status in the UK?',
        'For example Graduate visa, Skilled Worker visa sponsored by your employer',
      ],
    ])
      expect(
        types(`<label for="s">${label}</label><p id="h">${help}</p><input id="s" aria-describedby="h">`),
      ).not.toContain('sponsorship_required');
  });

  it('still reads sponsorship when the label asks a need', () => {
    expect(types(yesNo('Will your visa status require sponsorship (e.g. H-1B transfer)?', 'a'))).toEqual([
      'sponsorship_required',
    ]);
  });
});

describe('a permit tied to the employer, or an agency the employer must ask', () => {
  it('is sponsorship, never the right to work', () => {
    for (const q of [
      'Would taking this job depend on us backing an employer-specific (closed) work permit, for example through the Global Talent Stream?',
      'Would you need an employer-specific (LMIA-based) work permit to take this role?',
      'Would starting here depend on the company supporting a new work permit for you?',
      "Would we have to apply for an EU Blue Card or obtain the Federal Employment Agency's pre-approval (Vorabzustimmung) before you could start?",
      'Would the company have to apply for a Blue Card for you?',
    ])
      expect(types(yesNo(q, 'a')), q).toEqual(['sponsorship_required']);
  });

  it('holding a visa the job depends on is not the employer acting', () => {
    expect(types(yesNo('Does your right to stay depend on holding a visa?', 'a'))).not.toContain(
      'sponsorship_required',
    );
  });
});

describe('a statement that the person may work with no approval', () => {
  it('is the right to work', () => {
    for (const q of [
      'I can take up employment in Germany without any further approval from the authorities.',
      'You may start work in Ireland without a new permit.',
      'I could accept paid employment here without additional permission from immigration.',
    ])
      expect(types(yesNo(q, 'a', 'Correct', 'Not correct')), q).toEqual(['work_authorization']);
  });
});
