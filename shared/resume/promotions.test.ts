import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';
import { splitPromotions } from './promotions.ts';

describe('a promotion written on one heading line', () => {
  it('is two roles: the title held now from its date, the earlier one over its range', () => {
    expect(
      splitPromotions([
        'Lead Data Analyst (since Feb 2025); Data Analyst (Jun 2022 - Jan 2025)',
        '- Built dashboards.',
      ]),
    ).toEqual([
      'Lead Data Analyst | Feb 2025 - Present',
      'Data Analyst (Jun 2022 - Jan 2025)',
      '- Built dashboards.',
    ]);
    expect(
      splitPromotions(['Support Engineer II (promoted Mar 2024) | Support Engineer I, May 2022 - Feb 2024']),
    ).toEqual(['Support Engineer II | Mar 2024 - Present', 'Support Engineer I, May 2022 - Feb 2024']);
  });

  it('leaves a title that only says when its grade began ("ML Engineer (Senior since Apr 2024)")', () => {
    const line = 'ML Platform Engineer (Senior since Apr 2024) - Quickcart, Pune | Aug 2021 - Present';
    expect(splitPromotions([line])).toEqual([line]);
  });

  it('makes the title held now the current role, under the employer named above it', () => {
    const draft = parseResumeText(`Marta Zielinska
marta@example.com

EXPERIENCE
Wrenfield Bank - Gdansk
Lead Data Analyst (since Feb 2025); Data Analyst (Jun 2022 - Jan 2025)
- Built the credit-risk dashboards.`);
    expect(draft.experience.map((e) => [e.title, e.company, e.start, e.current])).toEqual([
      ['Lead Data Analyst', 'Wrenfield Bank', '2025-02', true],
      ['Data Analyst', 'Wrenfield Bank', '2022-06', false],
    ]);
  });
});
