import { describe, expect, it } from 'vitest';
import {
  basePayOverAverageEarnings,
  basePayOverJoinedOte,
  basePayOverOte,
  basePayOverPackage,
} from './base-pay.ts';
import { findMoney } from './salary.ts';

const tag = { min: 90_000, max: 120_000, currency: 'USD', period: 'YEAR' as const, text: '$90k – $120k' };

describe('the base pay beside on-target earnings', () => {
  it('replaces a tag that carries the OTE the description splits into base and variable pay', () => {
    const text = 'Pay: $90,000 – $120,000 OTE (base $70,000 – $85,000 plus uncapped commission).';
    expect(basePayOverOte(tag, text)).toMatchObject({ min: 70_000, max: 85_000, currency: 'USD' });
  });

  it('keeps the tag when the description names no base, or the tag is not the OTE figure', () => {
    expect(basePayOverOte(tag, 'Pay: $90,000 – $120,000 OTE with a generous commission plan.')).toBe(tag);
    expect(basePayOverOte(tag, 'Pay: $90,000 – $120,000 (base $70,000 plus bonus).')).toBe(tag);
  });

  it('reads the base named after its figure where the text splits an OTE-only tag', () => {
    const ote = {
      min: 160_000,
      max: 160_000,
      currency: 'USD',
      period: 'YEAR' as const,
      text: '$160,000 OTE',
    };
    const text =
      'Earnings: $160,000 on-target earnings, split 60/40 into $96,000 base salary and $64,000 of variable pay.';
    expect(basePayOverOte(ote, text)).toMatchObject({ min: 96_000, max: 96_000, currency: 'USD' });
  });

  it('reads the base named in the sentence before the OTE that the data carries', () => {
    const ote = { min: 68_000, max: 78_000, currency: 'USD', period: 'YEAR' as const };
    const text =
      'Base salary: $45,000 - $50,000 per year, plus uncapped monthly commission.\nFirst-year on-target earnings (OTE) are $68,000 - $78,000 for representatives who reach target.';
    expect(basePayOverOte(ote, text)).toMatchObject({ min: 45_000, max: 50_000, currency: 'USD' });
    // A figure before the OTE that is not named base is not the base.
    const bonus = 'A signing bonus of $5,000. On-target earnings (OTE) are $68,000 - $78,000.';
    expect(basePayOverOte(ote, bonus)).toBe(ote);
  });

  it("reads the base in the pay section's prose over a board's OTE box printed after the benefits", () => {
    const ote = { min: 96_000, max: 110_000, currency: 'USD', period: 'YEAR' as const };
    const text = [
      'This is a full-time, salaried (exempt) position. Base salary for this role is $58,000 – $64,000, depending on experience. The rest of your on-target earnings comes from uncapped monthly commission.',
      '• Medical, dental and vision, with 90% of employee premiums covered',
      '• 401(k) with a 4% match',
      '• Flexible PTO, plus the week between Christmas and New Year off',
      '• $50 a month toward your phone',
      'Annual On-Target Earnings (OTE)',
      'The range below is base salary plus commission at 100% of quota for a rep in their second year.',
      '$96,000—$110,000 USD',
    ].join('\n');
    expect(findMoney(text).find((m) => m.min === 96_000)?.ote).toBe(true);
    expect(basePayOverOte(ote, text)).toMatchObject({ min: 58_000, max: 64_000, currency: 'USD' });
  });

  it('does not take a base-salary heading over its figure for an OTE heading', () => {
    const found = findMoney('On-target earnings: up to $140,000\nBase salary:\n$70,000 – $80,000');
    expect(found.find((m) => m.min === 70_000)?.ote).toBe(false);
  });

  it('does not count the OTE word before a base figure against the base', () => {
    const found = findMoney('Salary: £70,000 – £90,000 OTE (base £52,000 – £64,000, plus commission).');
    expect(found.map((m) => [m.min, m.ote])).toEqual([
      [70_000, true],
      [52_000, false],
    ]);
  });
});

describe('the guaranteed base beside average earnings with commission', () => {
  const data = { min: 16.25, max: 22.9, currency: 'USD', period: 'HOUR' as const };

  it('takes the base rate where the upper figure is what staff averaged with commission', () => {
    const text =
      'You earn a guaranteed $16.25 an hour plus 5% commission on your sales. Our sales associates averaged $22.90 an hour with commission in 2025.';
    expect(basePayOverAverageEarnings(data, text)).toMatchObject({ min: 16.25, max: 16.25, period: 'HOUR' });
  });

  it('keeps a range whose upper figure is a plain upper bound', () => {
    const text = 'We pay $16.25 an hour to start. Experienced staff are paid up to $22.90 an hour.';
    expect(basePayOverAverageEarnings(data, text)).toBe(data);
  });
});

describe('the base salary beside a total package', () => {
  // A bare "$" reads as USD here; the job's country makes it the local dollar later (currency.ts).
  const pkg = { min: 96_400, max: 96_400, currency: 'USD', period: 'YEAR' as const, text: '$96,400' };

  it('replaces a salary field that carries the package the description splits into base and super', () => {
    const text =
      'Total remuneration package valued to $96,400. Package includes base salary ($80,100 – $86,900), superannuation and leave loading.';
    expect(basePayOverPackage(pkg, text)).toMatchObject({ min: 80_100, max: 86_900, currency: 'USD' });
  });

  it('keeps the figure when no base is named beside the package', () => {
    const text = 'A total remuneration package of $96,400 including superannuation.';
    expect(basePayOverPackage(pkg, text)).toBe(pkg);
    expect(basePayOverPackage(pkg, 'Salary: $96,400 plus super. Base hours are 35 a week.')).toBe(pkg);
  });
});

describe("a summary that joins the base's minimum to the on-target earnings' top", () => {
  const pill = {
    min: 75_000,
    max: 130_000,
    currency: 'USD',
    period: 'YEAR' as const,
    text: '$75K/yr - $130K/yr',
  };
  const text =
    'Pay\nBase salary: $75,000 – $88,000. On-target earnings (base plus uncapped commission): $115,000 – $130,000.';

  it('reads the base range, and marks OTE named before an aside', () => {
    expect(findMoney(text).map((m) => m.ote)).toEqual([false, true]);
    expect(basePayOverJoinedOte(pill, text)).toMatchObject({ min: 75_000, max: 88_000 });
  });

  it('reads a single base figure under a field that runs from the base to the OTE', () => {
    const field = { min: 54_000, max: 95_000, currency: 'USD', period: 'YEAR' as const };
    const split =
      'How we pay\nYou start on a $54,000 base salary. With uncapped commission, on-target earnings are $95,000.';
    expect(basePayOverJoinedOte(field, split)).toMatchObject({ min: 54_000, max: 54_000 });
  });

  it('keeps a summary the text prints as one range', () => {
    const plain = 'Base salary: $75,000 – $130,000 depending on level.';
    expect(basePayOverJoinedOte(pill, plain)).toBe(pill);
  });
});
