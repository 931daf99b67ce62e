import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../match/requirements.ts';
import { makeJob } from '../../match/testing.ts';
import { lookupSkill } from '../../skills/index.ts';
import { extractJob } from '../extract.ts';
import {
  arrangementOfLabel,
  arrangementOfProse,
  arrangementOfRole,
  arrangementOfTitle,
  workTypeFromLabel,
  workTypeFromProse,
} from './arrangement.ts';
import { PROSE_RULES } from './arrangement-prose-rules.ts';
import { ROLE_RULES } from './arrangement-role-rules.ts';
import { LABEL_RULES } from './arrangement-rules.ts';

describe('arrangement rules as data', () => {
  it('gives every rule its own id, a language and a reason', () => {
    const rules = [...LABEL_RULES, ...PROSE_RULES, ...ROLE_RULES];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(r.reason.length, r.id).toBeGreaterThan(8);
  });

  it('answers with the rule that decided', () => {
    expect(arrangementOfLabel('Homeoffice')?.rule).toMatchObject({ id: 'label.homeoffice', lang: 'de' });
    expect(arrangementOfProse('We are a fully remote team.')?.rule.id).toBe('prose.fully-remote');
    // A sentence about the role itself is read first.
    expect(arrangementOfProse('This role is fully remote.')?.rule.id).toBe('role.remote');
    expect(arrangementOfTitle('Designer - Hybrid')?.workType).toBe('hybrid');
    expect(arrangementOfTitle('Remote Sensing Engineer')).toBeNull();
  });

  it('does not take "a hybrid cloud" for an arrangement', () => {
    expect(arrangementOfProse('You will run a hybrid cloud for our clinics.')).toBeNull();
    expect(arrangementOfProse('This is a hybrid role, three days in the office.')?.workType).toBe('hybrid');
  });
});

describe('capture and match read the arrangement alike', () => {
  it('match no longer counts "hybrid cloud" in a description as hybrid work', () => {
    const p = parsePosting(
      makeJob('Requirements\n- Experience running hybrid cloud infrastructure on AWS and on-prem.', {
        locationText: 'Austin, TX',
      }),
    );
    expect(p.workType).toBeNull();
    // The line is a requirement, not a work condition: AWS counts as required.
    const aws = lookupSkill('AWS')!.id;
    expect(p.skills.find((s) => s.id === aws)?.weight).toBe(3);
  });

  it('match reads the same phrases capture reads', () => {
    for (const text of [
      'Hybrid: 3 days per week in the Toronto office',
      'You can work remotely from anywhere.',
    ]) {
      const p = parsePosting(makeJob(text, { locationText: '' }));
      expect(p.workType, text).toBe(arrangementOfProse(text)?.workType);
    }
  });

  it("puts the deciding rule's reason into the captured field's provenance", () => {
    const { document } = parseHTML(
      `<html><head><title>Data Analyst | Fenwick Farms</title></head><body><h1>Data Analyst</h1><div class="description"><p>${'We build tools for farmers. '.repeat(10)}</p><p>We ship every week, and this role is fully remote within Canada, with a yearly trip to meet the team.</p></div></body></html>`,
    );
    const job = extractJob(document, 'https://fenwickfarms.example/jobs/1', {
      now: () => new Date('2026-01-15T00:00:00Z'),
      adapters: [],
    });
    expect(job.fields.workType).toBe('remote');
    expect(job.provenance.workType?.detail).toBe(
      'description wording: the posting says this role is remote (role.remote)',
    );
  });
});

describe('arrangements stated in prose and labels, in more wordings', () => {
  it.each([
    ['This is a work-from-office role at the Chakan plant, six days a week.', 'onsite'],
    ["You'll work from our Porto office in Bonfim three days a week, and from home the other two.", 'hybrid'],
    ['Nach der Einarbeitung ein Tag pro Woche im Homeoffice, die übrigen Tage im Büro.', 'hybrid'],
    ['Zwei Tage pro Woche mobil, sonst im Büro in Köln.', 'hybrid'],
  ])('%s → %s', (text, workType) => {
    expect(arrangementOfProse(text)?.workType).toBe(workType);
  });

  it('a German "teilweise Home-Office" chip is hybrid; "Home-Office" alone is remote', () => {
    expect(arrangementOfLabel('Teilweise Home-Office')?.workType).toBe('hybrid');
    expect(arrangementOfLabel('Home-Office')?.workType).toBe('remote');
  });
});

describe('arrangements in the languages European boards use', () => {
  it.each([
    ['praca hybrydowa', 'hybrid'],
    ['Híbrido', 'hybrid'],
    ['Smart working', 'hybrid'],
    ['praca zdalna', 'remote'],
    ['Distans', 'remote'],
    ['Etätyö', 'remote'],
    ['praca stacjonarna', 'onsite'],
    ['Op kantoor', 'onsite'],
    ['In sede', 'onsite'],
  ] as const)('label %s → %s', (label, want) => {
    expect(workTypeFromLabel(label)).toBe(want);
  });

  it.each([
    ['Je werkt 3 dagen per week op kantoor in Utrecht.', 'hybrid'],
    ['Trabalhamos em modelo híbrido, com encontros mensais.', 'hybrid'],
    ['Vaga 100% remoto para todo o Brasil.', 'remote'],
    ['Tjänsten är platsbunden och det går inte att arbeta på distans.', 'onsite'],
    ['Zespół pracuje w pełni zdalnie, a raz w roku spotykamy się w Gdańsku.', 'remote'],
    ['Pracujesz zdalnie z domu; dodatek na internet to 100 zł.', 'remote'],
  ] as const)('prose %s → %s', (text, want) => {
    expect(workTypeFromProse(text)).toBe(want);
  });
});

describe('the role against a badge, a company policy or German wording', () => {
  it.each([
    ['Einsatzort: Leipzig. Homeoffice ist an bis zu drei Tagen pro Woche möglich.', 'hybrid'],
    ['Mobiles Arbeiten ist bis zu zwei Tage pro Woche möglich.', 'hybrid'],
    ['Die Kasse ist vor Ort besetzt, Homeoffice ist in dieser Position leider nicht möglich.', 'onsite'],
    ['Where: Tulsa, OK (onsite, five days a week, no remote).', 'onsite'],
    ['We are an office-first agency, with a few flexible home days each month.', 'hybrid'],
    ['The studio sits together Monday to Wednesday; Thursdays and Fridays are remote days.', 'hybrid'],
  ] as const)('%s → %s', (text, want) => {
    expect(arrangementOfProse(text)?.workType).toBe(want);
  });

  it('an office-first team outranks the company being remote-first elsewhere', () => {
    const text =
      'Our data team has been remote-first since 2020. Design is an office-first team that shares a table in Ghent.';
    expect(arrangementOfProse(text)?.workType).toBe('hybrid');
  });

  it('an on-site-every-day sentence about the role overrides a remote badge', () => {
    expect(arrangementOfRole('Site: Omaha, NE (onsite 5 days a week – no remote option).')?.workType).toBe(
      'onsite',
    );
    expect(arrangementOfRole('Onsite for the first week, then remote.')).toBeNull();
  });
});

describe('named weekdays in the office', () => {
  it('two to four named weekdays in the office are a hybrid week that outranks a remote badge', () => {
    expect(
      arrangementOfRole('You will join us in our Leith office on Mondays and Wednesdays.')?.workType,
    ).toBe('hybrid');
    expect(
      arrangementOfRole('Everyone works from the Bath office Monday, Tuesday and Thursday.')?.workType,
    ).toBe('hybrid');
  });

  it('the whole week in the office, or a range of days, is not read as hybrid', () => {
    expect(arrangementOfRole('We are in the office Monday to Friday.')).toBeNull();
    expect(
      arrangementOfRole('You work at the office Monday, Tuesday, Wednesday, Thursday and Friday.'),
    ).toBeNull();
  });
});

describe('working from home and agency assignments', () => {
  it('a work-from-home or home-based position is remote, and outranks a board badge', () => {
    expect(arrangementOfRole('This is a work-from-home position open to Ohio residents.')?.workType).toBe(
      'remote',
    );
    expect(arrangementOfRole('The role is home-based, with a laptop shipped to you.')?.workType).toBe(
      'remote',
    );
  });

  it("a staffing agency's on-site assignment or placement is on-site", () => {
    expect(arrangementOfRole('This is an on-site assignment in the cath lab.')?.workType).toBe('onsite');
    expect(arrangementOfRole('The placement is fully on-site at the client depot.')?.workType).toBe('onsite');
  });

  it('no office to go to is remote', () => {
    expect(
      arrangementOfProse('You will never need to come into the office; we post you a laptop.')?.workType,
    ).toBe('remote');
    expect(arrangementOfProse('There is no office to report to, and travel is light.')?.workType).toBe(
      'remote',
    );
  });
});

describe('home days and ruled-out remote work in English prose', () => {
  it.each([
    ['Staff may work from home up to two days a week; the rest is spent in Reading.', 'hybrid'],
    ['Expect three days per week at the Glasgow studio and the others wherever suits you.', 'hybrid'],
    ['Two days each week remotely, the rest with the crew in Utrecht.', 'hybrid'],
    ['Remote working is not an option for this vacancy.', 'onsite'],
    ['The duties cannot be carried out remotely.', 'onsite'],
  ] as const)('%s → %s', (text, want) => {
    expect(arrangementOfProse(text)?.workType).toBe(want);
  });

  it('the whole week at a site is not a hybrid week', () => {
    expect(arrangementOfProse('Shifts run five days a week at our bottling plant.')?.workType).not.toBe(
      'hybrid',
    );
  });
});

describe('more board labels', () => {
  it.each([
    ['Teletrabajo', 'remote'],
    ['Teletrabajo parcial', 'hybrid'],
    ['Work from office', 'onsite'],
    ['WFO · Pune', 'onsite'],
  ] as const)('%s → %s', (label, want) => {
    expect(workTypeFromLabel(label)).toBe(want);
  });
});
