import { describe, expect, it } from 'vitest';
import { familiesOf } from './title-families.ts';

describe("a school's middle leaders by their other names", () => {
  it('reads curriculum and subject leaders, key-stage coordinators and seconds in department as teaching', () => {
    for (const title of [
      'Assistant Curriculum Leader - Science',
      'Subject Lead for Geography',
      'KS3 Coordinator (English)',
      'Second in Department - History',
    ])
      expect(familiesOf(title)).toContain('education');
  });

  it('leaves leaders outside schools alone', () => {
    expect(familiesOf('Product Lead, Checkout')).not.toContain('education');
    expect(familiesOf('Second Line Support Engineer')).not.toContain('education');
  });
});
