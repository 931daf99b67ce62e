import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from './parse.ts';
import { readRuledOut } from './ruled-out.ts';

describe('what a resume rules out', () => {
  it('reads each thing the person says they are not looking for', () => {
    expect(readRuledOut(['Not looking for MLOps, ML platform or data-engineering roles.'])).toEqual([
      'MLOps',
      'ML platform',
      'data-engineering',
    ]);
    expect(readRuledOut(['I am not looking for a people-management role.'])).toEqual(['people-management']);
    // A bracket says which kind of the thing before it; its slash lists nothing turned down.
    expect(
      readRuledOut(['Not looking for marketing copywriting or technical writing (API / developer docs).']),
    ).toEqual(['marketing copywriting', 'technical writing']);
    expect(readRuledOut(['I am not looking for ward-based posts or rosters with on-call.'])).toEqual([
      'ward-based',
    ]);
    expect(readRuledOut(['I am not looking at tax, audit or bookkeeping roles.'])).toEqual([
      'tax',
      'audit',
      'bookkeeping',
    ]);
  });

  it('reads the work the person will not go back to, and a second refusal in its own clause', () => {
    expect(
      readRuledOut([
        'I do not want to return to a purely bedside role, and I am not looking for university lecturing posts.',
      ]),
    ).toEqual(['bedside', 'university lecturing']);
    expect(readRuledOut(["I'm not looking to go back to an individual-contributor role."])).toEqual([
      'individual-contributor',
    ]);
    expect(
      readRuledOut([
        "I'm not looking for product marketing roles, and I'm not pursuing director-level positions right now.",
      ]),
    ).toEqual(['product marketing', 'director-level']);
  });

  it('reads a bare "and not" or "nor" after a refusal as more of it', () => {
    expect(readRuledOut(['Not looking for junior roles yet, and not illustration.'])).toEqual([
      'junior',
      'illustration',
    ]);
    expect(readRuledOut(['Not interested in sales roles, nor agency work.'])).toEqual(['sales', 'agency']);
  });

  it('reads re-joining, "not after", "another" and a pattern of shifts', () => {
    expect(
      readRuledOut([
        "I'm not looking to re-join the military (including the Reserve) and I'm not after warehouse picking roles.",
      ]),
    ).toEqual(['military', 'warehouse picking']);
    expect(readRuledOut(["I'm not looking for audit roles, or another month-end accounting role."])).toEqual([
      'audit',
      'month-end accounting',
    ]);
    expect(readRuledOut(['Not looking for night-only schedules or weekend shifts.'])).toEqual([
      'night',
      'weekend',
    ]);
    // Not a refusal: when, not what.
    expect(readRuledOut(['Calls are fine, but not after 6 pm.'])).toEqual([]);
  });

  it('reads a bare "not" list after what the person only wants', () => {
    expect(
      readRuledOut([
        'Native iOS only: not Android or React Native-only roles, and I am not aiming for senior titles yet.',
      ]),
    ).toEqual(['Android', 'React Native-only']);
    expect(readRuledOut(['Remote only - not hybrid or on-site roles.'])).toEqual(['hybrid', 'on-site']);
    expect(readRuledOut(['I only build backends; I do not mind which domain.'])).toEqual([]);
  });

  it('reads every alternative when each names its own role noun', () => {
    expect(readRuledOut(['Not looking for sales roles or graphic-design-only roles.'])).toEqual([
      'sales',
      'graphic-design-only',
    ]);
    expect(
      readRuledOut(['Not interested in frontend work or pure DevOps / on-call rotation roles.']),
    ).toEqual(['frontend', 'DevOps', 'on-call rotation']);
    expect(
      readRuledOut(['Not looking for primary posts, or senior leadership (assistant / deputy head) roles.']),
    ).toEqual(['primary', 'senior leadership']);
    expect(readRuledOut(['Not looking for primary posts or for work through tutoring agencies.'])).toEqual([
      'primary',
    ]);
    expect(
      readRuledOut(['Not interested in retail or community pharmacy, or in pharmaceutical sales.']),
    ).toEqual(['retail', 'community pharmacy', 'pharmaceutical sales']);
  });

  it('reads asking for an individual-contributor role as ruling out managing people', () => {
    expect(readRuledOut(['Seeking a Staff Data Scientist role as an individual contributor.'])).toEqual([
      'people management',
    ]);
    expect(readRuledOut(['Open to Principal (IC) Analyst positions in Leeds.'])).toEqual([
      'people management',
    ]);
    // Ruling out product management is ruling out a field: the IC ask still rules out managing people.
    expect(
      readRuledOut(
        [
          'Seeking a Staff Designer role as an individual contributor. Not looking for product management roles.',
        ]
          .join(' ')
          .split('\n'),
      ),
    ).toEqual(['product management', 'people management']);
    // A refusal in the next clause backs the ask.
    expect(
      readRuledOut(['I would like to remain an individual contributor: not after a team of my own.']),
    ).toContain('people management');
    // Either track, or turning the track down, rules nothing out.
    expect(readRuledOut(['Open to a Director of Data role or a senior IC role.'])).toEqual([]);
    expect(readRuledOut(["I don't want to go back to an IC track."])).not.toContain('people management');
  });

  it('leaves moving and relocating to the work rights, and lands in the profile', () => {
    expect(readRuledOut(['Not looking to relocate.', 'Not interested in relocation.'])).toEqual([]);
    const profile = draftToProfile(
      parseResumeText(
        'Jordan Ellery\nAustin, TX | j@example.com\nI am not looking for a people-management role.',
      ),
    );
    expect(profile.ruledOut).toEqual(['people-management']);
  });
});

describe('asking for a permanent post', () => {
  it('rules out contract work', () => {
    expect(readRuledOut(['Seeking a permanent Payroll Supervisor role in Leeds.'])).toEqual([
      'contract work',
    ]);
    expect(readRuledOut(['Premier CDI recherché ; CDI only, in Lyon.'])).toEqual(['contract work']);
    expect(readRuledOut(['Site-based in Ohio. Direct-hire preferred.'])).toEqual(['contract work']);
    expect(readRuledOut(['Looking for a full-time Quality Engineer or Process Engineer role.'])).toEqual([
      'contract work',
    ]);
  });

  it('rules out nothing when the person takes contracts too, or speaks of residence', () => {
    expect(readRuledOut(['Open to full-time roles via an employer of record, or contract.'])).toEqual([]);
    expect(readRuledOut(['Looking for analyst roles; I am a permanent resident of Canada.'])).toEqual([]);
    expect(readRuledOut(['Looking for remote work as a contractor, paid in USD.'])).toEqual([]);
  });

  it('turns the permanent post down, not contract work, when the ask is negated', () => {
    expect(
      readRuledOut([
        'Now looking for fractional CFO engagements. I am not seeking a full-time permanent position.',
      ]),
    ).toEqual(['full-time permanent']);
  });
});

describe('moves a resume sets against what the person wants', () => {
  it('reads "rather than move into X, Y or Z" as each of them turned down', () => {
    expect(
      readRuledOut([
        'I want to stay a strategic, hands-on partner to business leaders rather than move into recruitment, HR administration or an HR director seat for now.',
      ]),
    ).toEqual(['recruitment', 'HR administration', 'HR director']);
  });
});

describe('day shifts only', () => {
  it('turns night work down when the person can only work days, not when they work days now', () => {
    expect(readRuledOut(['I can only work day shift (7a-3p or 7a-7p) because of childcare.'])).toEqual([
      'night',
    ]);
    expect(readRuledOut(['Available for day shifts only.'])).toEqual(['night']);
    expect(readRuledOut(['I work days at the moment and am open to day or night shifts.'])).toEqual([]);
  });
});

describe('"further" or "more" of the work turned down', () => {
  it('reads "not looking for further store management roles" as store management', () => {
    expect(
      readRuledOut(['I am not looking for further store management or operations management roles.']),
    ).toEqual(['store management', 'operations management']);
  });
});
