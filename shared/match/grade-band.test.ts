import { describe, expect, it } from 'vitest';
import { gradeBandOf, gradesApart, personBand, postingBand } from './grade-band.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { makeProfile } from './testing.ts';
import { levelWord } from './titles.ts';

describe('the grades a teaching title names', () => {
  it('reads grades, ranges, kindergarten, English years and stage names as one span', () => {
    expect(gradeBandOf('Grade 4/5 Classroom Teacher')).toEqual({ lo: 4, hi: 5 });
    expect(gradeBandOf('Teacher, Grades 6 to 8 Science')).toEqual({ lo: 6, hi: 8 });
    expect(gradeBandOf('K/1 Split Class Teacher')).toEqual({ lo: 0, hi: 1 });
    expect(gradeBandOf('Teacher - Kindergarten to Grade 2')).toEqual({ lo: 0, hi: 2 });
    expect(gradeBandOf('Year 4 Class Teacher')).toEqual({ lo: 3, hi: 3 });
    expect(gradeBandOf('KS1 Teacher')).toEqual({ lo: 0, hi: 1 });
    expect(gradeBandOf('Division II Teacher')).toEqual({ lo: 4, hi: 6 });
    expect(gradeBandOf('Division I Teacher')).toEqual({ lo: 0, hi: 3 });
    expect(gradeBandOf('High School Chemistry Teacher')).toEqual({ lo: 9, hi: 12 });
    expect(gradeBandOf('Music Teacher')).toBeNull();
  });

  it('leaves the grades out of the level a teaching title states', () => {
    expect(levelWord('Division I Homeroom Teacher')).toBeNull();
    expect(levelWord('Intermediate Teacher, Grade 6')).toBeNull();
    expect(levelWord('Senior Teacher, Division III')).toBe(3);
    expect(levelWord('Analyst I')).toBe(1);
  });

  it('reads a band only from a teaching title', () => {
    expect(postingBand('Grade 3 Teacher (Term)')).toEqual({ lo: 3, hi: 3 });
    expect(postingBand('Year 2 Audit Associate')).toBeNull();
  });

  it("takes a teacher's classes over a roster that spans a school", () => {
    const taught = personBand([], ['Grade 3 Teacher', 'Supply Teacher, K-8', 'Grade 1/2 Teacher']);
    expect(taught).toEqual({ lo: 1, hi: 3 });
    // What the person asks for wins over what they taught.
    expect(personBand(['Grade 6 teacher'], ['Grade 3 Teacher'])).toEqual({ lo: 6, hi: 6 });
    expect(gradesApart({ lo: 1, hi: 3 }, { lo: 6, hi: 7 })).toBe(3);
    expect(gradesApart({ lo: 1, hi: 3 }, { lo: 2, hi: 7 })).toBe(0);
  });
});

describe("grades as a teacher's specialty in the score", () => {
  const teacher = prepareProfile(
    makeProfile({
      targetTitles: ['Classroom teacher'],
      experience: [
        {
          id: '00000000-0000-4000-8000-00000000a001',
          title: 'Grade 1 Teacher',
          company: 'Maple School',
          start: '2019-09',
          end: '2025-06',
          current: false,
          bullets: ['Taught reading, writing and numeracy to a class of 24', 'Led guided reading groups'],
        },
      ],
      skills: [{ name: 'Lesson Planning', source: 'input' }],
    }),
    null,
  );
  const post = (title: string) =>
    prepareJob({
      id: title,
      title,
      locationText: 'Austin, TX',
      descriptionText: [
        'Our school is a friendly community school with a strong reading culture and families who take part.',
        'What you will do:',
        '- Plan and teach reading, writing and numeracy to a class of about 24 children.',
        '- Lead guided reading groups and small-group numeracy every day.',
        '- Lesson planning and assessment with the grade team; report to families each term.',
        'What we look for:',
        '- A teaching certificate and successful classroom experience.',
        '- Lesson planning skills and a warm, organised classroom.',
      ].join('\n'),
    });

  it('takes off for a band several grades away and says why', () => {
    const near = scoreMatch(teacher, post('Grade 2 Teacher'));
    const far = scoreMatch(teacher, post('Grade 6 Teacher'));
    expect(near.adjustments?.some((a) => a.kind === 'specialty')).toBe(false);
    const cut = far.adjustments?.find((a) => a.kind === 'specialty');
    expect(cut?.detail).toMatch(/Grade 6 post, 5 grades from the ones you teach \(Grade 1\)/);
    expect(far.rank ?? 0).toBeLessThan(near.rank ?? 0);
  });
});
