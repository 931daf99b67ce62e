import { describe, expect, it } from 'vitest';
import { plainTitle } from './title-decorations.ts';

describe('a title line carrying more than the job', () => {
  it('drops the place, pay, arrangement and reference a decorated line adds, and a tag or emoji before it', () => {
    expect(plainTitle('URGENT: Care Assistant (Nights) – Leeds – £12.60/hr')).toBe('Care Assistant (Nights)');
    expect(plainTitle('Warehouse Associate ($19/hr + $1 night diff) #4412')).toBe('Warehouse Associate');
    expect(plainTitle('SENIOR ACCOUNTANT – HYBRID – 80-90K')).toBe('SENIOR ACCOUNTANT');
    expect(plainTitle('🚀 Senior Backend Engineer (Go) — Remote (EU) — €85–100k — REF-2291')).toBe(
      'Senior Backend Engineer (Go)',
    );
    // a board's job id after a spaced hyphen, the way AppliTrack's title prints it
    expect(plainTitle('Long-Term Substitute - 2nd Grade (Leave Coverage) - JobID: 4821')).toBe(
      'Long-Term Substitute - 2nd Grade (Leave Coverage)',
    );
  });

  it('keeps a title whose segments say what the job is, or that shows no pay or reference', () => {
    for (const t of [
      'Registered Nurse - Cardiac ICU (Nights)',
      'Customer Service Rep – Bilingual (FR/EN) – REMOTE – $21/hr',
      'Software Engineer – Platform',
      'Project Manager – London',
      'Barista – Part Time',
    ])
      expect(plainTitle(t)).toBe(t);
  });
});
