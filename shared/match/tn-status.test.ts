import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from '../resume/index.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob } from './testing.ts';
import { supportsTn } from './tn-status.ts';

const RESUME = (citizen: string) =>
  `Genevieve Tremblay\nAtlanta, Georgia | g@example.com\nWork authorization: ${citizen} citizen working in the U.S. on a visa. A new employer would need to support my visa.\n\nEXPERIENCE\nClinical Dietitian - Harbor Hospital, Atlanta (2020-present)\n- Enteral and parenteral nutrition in the ICU`;
const atlanta = (rights: string) =>
  makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Enteral and parenteral nutrition\n${rights}`, {
    title: 'Clinical Dietitian',
    locationText: 'Atlanta, GA',
  });
const match = (citizen: string, rights: string) =>
  scoreMatch(
    prepareProfile(draftToProfile(parseResumeText(RESUME(citizen))), null),
    prepareJob(atlanta(rights)),
  );

describe('TN status', () => {
  it('reads support for TN, and a refusal that names TN as none', () => {
    expect(supportsTn('TN visa holders welcome. We do not sponsor H-1B visas for this role.')).toBe(true);
    expect(supportsTn('Canadian and Mexican citizens are welcome to apply under the TN category.')).toBe(
      true,
    );
    expect(supportsTn('We do not sponsor employment visas, including TN status, for this role.')).toBe(false);
    expect(supportsTn('We support TN status. We are unable to support TN, H-1B or other petitions.')).toBe(
      false,
    );
    // The state, not the status.
    expect(supportsTn('Offices in Nashville, TN. We sponsor visas for engineers.')).toBe(false);
  });

  it('opens a posting that refuses H-1B but supports TN to a Canadian citizen, and only to one', () => {
    const rights = 'TN visa holders welcome; we provide the support letter. We do not sponsor H-1B visas.';
    const canadian = match('Canadian', rights);
    expect(canadian.dealBreakers).toEqual([]);
    expect(canadian.gaps?.map((g) => g.text).join(' ')).toMatch(/TN status/);
    expect(match('Indian', rights).dealBreakers[0]).toMatch(/sponsorship/);
  });
});
