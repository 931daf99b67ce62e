import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from '../resume/index.ts';
import { citizensOnly, citizensOnlyOutcome } from './citizenship.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob } from './testing.ts';

describe('reading a citizens-only posting', () => {
  it.each([
    ['This position is open to Singapore Citizens only.', undefined, ['SG'], false],
    ['Singaporeans only, please.', undefined, ['SG'], false],
    ['U.S. citizenship is required for this role due to our government contracts.', undefined, ['US'], false],
    ['You must be an Australian citizen or permanent resident.', undefined, ['AU'], true],
    ['Open to Singapore Citizens and PRs only.', undefined, ['SG'], true],
    ['Applicants must be U.S. persons under ITAR.', undefined, ['US'], true],
    ['Due to the nature of the work, only citizens can be considered.', 'NZ', ['NZ'], false],
    // A condition of employment that opens by naming the citizenship, with no "must" or "required".
    [
      'Conditions\n- Australian citizenship or permanent residency at the start date.',
      undefined,
      ['AU'],
      true,
    ],
    ['Conditions of hire\nB2. New Zealand citizenship.', undefined, ['NZ'], false],
  ])('%s', (text, jobCountry, countries, residentsToo) => {
    expect(citizensOnly(`${ABOUT_THE_ROLE}\n${text}`, jobCountry)).toMatchObject({ countries, residentsToo });
  });

  it.each([
    'We consider all applicants without regard to race, religion, national origin or citizenship status.',
    'U.S. citizens, permanent residents and valid work visa holders are welcome to apply.',
    'We hire citizens of every country and sponsor visas.',
    'Our platform helps citizens pay their taxes online.',
  ])('is not a limit: %s', (text) => {
    expect(citizensOnly(`${ABOUT_THE_ROLE}\n${text}`, 'US')).toBeNull();
  });
});

const RESUME = (rights: string) =>
  `Tan Wei Ling\nSingapore | weiling@example.com | ${rights}\n\nEXPERIENCE\nFinancial Controller - Meridian Pte Ltd, Singapore (2016-present)\n- Led statutory reporting and month-end close under SFRS`;
const posting = (rights: string) =>
  makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Statutory reporting and month-end close\n${rights}`, {
    title: 'Financial Controller',
    locationText: 'Singapore',
  });
const match = (resume: string, rights: string) =>
  scoreMatch(
    prepareProfile(draftToProfile(parseResumeText(RESUME(resume))), null),
    prepareJob(posting(rights)),
  );

describe('citizens-only postings in the match', () => {
  it('a permanent resident is told the posting is closed to them, and it ranks below an open one', () => {
    const closed = match('Singapore Permanent Resident', 'This position is open to Singapore Citizens only.');
    const open = match('Singapore Permanent Resident', 'Open to Singapore Citizens and PRs.');
    expect(closed.dealBreakers[0]).toMatch(/Open to SG citizens only; .*permanent resident of SG/);
    expect(open.dealBreakers).toEqual([]);
    expect(closed.score).toBeLessThan(open.score - 20);
  });

  it('a citizen meets it, and someone who has not said sees a note to check instead of a deal-breaker', () => {
    expect(match('Singapore Citizen', 'Open to Singapore Citizens only.').dealBreakers).toEqual([]);
    const unsaid = match('tan@example.com', 'Open to Singapore Citizens only.');
    expect(unsaid.dealBreakers).toEqual([]);
    expect(unsaid.gaps.map((g) => g.text).join(' ')).toMatch(/citizens only: add your citizenship/);
  });

  it('another citizenship is a deal-breaker even with the right to work there', () => {
    const r = match(
      'Malaysian citizen; Singapore Employment Pass holder, authorised to work in Singapore',
      'Singaporeans only.',
    );
    expect(r.dealBreakers[0]).toMatch(/citizenship of MY/);
  });

  it('someone who needs sponsorship is no citizen or permanent resident: a deal-breaker, with no refusal to sponsor said', () => {
    const r = match(
      'Employment Pass holder; a new employer would need to apply for a new EP.',
      'You must be a Singapore Citizen or Permanent Resident.',
    );
    expect(r.dealBreakers[0]).toMatch(/SG citizens and permanent residents only; .*need visa sponsorship/);
  });
});

describe('"Stamp 4 or EU citizenship required" (Ireland)', () => {
  it("opens the post to every EU country's citizens and to Stamp 4 holders, not to Ireland's alone", () => {
    const only = citizensOnly('Stamp 4 or EU citizenship required.', 'IE');
    expect(only?.countries).toEqual(expect.arrayContaining(['IE', 'PL', 'DE']));
    expect(only?.residentsToo).toBe(true);
    const pole = { citizenOf: new Set(['PL']), residentOf: new Set<string>() };
    expect(citizensOnlyOutcome(pole, only)).toEqual({});
    const graduate = { citizenOf: new Set(['IN']), residentOf: new Set<string>() };
    expect(citizensOnlyOutcome(graduate, only).dealBreaker).toMatch(/citizens and permanent residents only/);
  });
});
