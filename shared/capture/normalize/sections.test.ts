import { describe, expect, it } from 'vitest';
import { splitSections } from '../../match/sections.ts';
import { splitRequirements } from './requirements.ts';
import { SECTION_RULES } from './section-rules.ts';
import { headingRule } from './sections.ts';

describe('section heading rules as data', () => {
  it('gives every rule its own id, a language and a reason', () => {
    expect(new Set(SECTION_RULES.map((r) => r.id)).size).toBe(SECTION_RULES.length);
    for (const r of SECTION_RULES) expect(r.reason.length, r.id).toBeGreaterThan(8);
  });

  it('answers with the rule that decided', () => {
    expect(headingRule('Preferred qualifications')?.id).toBe('preferred.nice-to-have');
    expect(headingRule("What you'll need")?.kind).toBe('required');
    // Headings seen on real postings that opened their must-haves and were read as nothing.
    for (const heading of [
      'What we need',
      'What we require',
      'Person specification',
      'Skills and experience',
    ])
      expect(headingRule(heading)?.kind, heading).toBe('required');
    // Who will do well is who is asked for, though "you'll" and "in this role" also open duties.
    expect(headingRule("You'll thrive in this job if you:")?.kind).toBe('required');
    expect(headingRule("You'd be a great fit if you:")?.kind).toBe('required');
    expect(headingRule("What you'll do:")?.kind).toBe('duties');
    expect(headingRule('Ihr Profil')).toMatchObject({ kind: 'required', lang: 'de' });
    expect(headingRule('Strong Linux skills')).toBeNull();
    // The steps of hiring are the employer's, not the candidate's requirements.
    for (const heading of ['Our hiring process', 'Selection Process:', 'Interview stages', 'Next steps'])
      expect(headingRule(heading)?.kind, heading).toBe('benefits');
  });
});

describe('capture and match read the same headings', () => {
  const text = [
    'Dein Profil',
    '• Go and PostgreSQL',
    'Pluspunkte',
    '• Kafka',
    'Benefits',
    '• Free lunch',
  ].join('\n');

  it('capture files the lines under the sections match sees', () => {
    const kinds = splitSections(text).map((l) => [l.text, l.kind]);
    expect(kinds).toEqual([
      ['Go and PostgreSQL', 'required'],
      ['Kafka', 'preferred'],
      ['Free lunch', 'benefits'],
    ]);
    expect(splitRequirements(text)).toEqual({ required: ['Go and PostgreSQL'], preferred: ['Kafka'] });
  });

  it('keeps the content of an inline "Nice to have:" label and stops at "Salary:"', () => {
    const inline = 'Requirements\n- SQL\nNice to have: dbt, Looker\nSalary: $90,000 - $110,000 plus equity.';
    expect(splitRequirements(inline)).toEqual({ required: ['- SQL'], preferred: ['dbt, Looker'] });
  });
});
