import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from '../resume/index.ts';
import { prepareProfile } from './profile.ts';
import { isPartQualified } from './qualification.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob } from './testing.ts';

const RESUME = (quals: string) =>
  `Kwame Boateng\nAccra, Ghana | k@example.com\n\nEXPERIENCE\nAudit Associate - Ashanti & Co, Accra (2021-present)\n- Audited manufacturing and retail clients under IFRS\n\nPROFESSIONAL QUALIFICATIONS\n${quals}`;
const posting = (need: string) =>
  makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- ${need}\n- Audit experience under IFRS`, { title: 'Auditor' });
const levelNote = (quals: string, need: string) =>
  scoreMatch(
    prepareProfile(draftToProfile(parseResumeText(RESUME(quals))), null),
    prepareJob(posting(need)),
  ).adjustments?.find((a) => a.kind === 'level')?.detail;

describe('a professional qualification part-way through', () => {
  it('reads the ways a resume says it', () => {
    expect(isPartQualified(['ICAG exams passed (11 of 14)'])).toBe(true);
    expect(isPartQualified(['Studying for CIMA, three papers left'])).toBe(true);
    expect(isPartQualified(['ACCA, qualified 2019'])).toBe(false);
  });

  it('is a level below a posting that asks for a fully qualified professional or years after qualifying', () => {
    const part = 'ICAG exams passed (11 of 14)';
    expect(levelNote(part, 'Fully qualified ICAG or ACCA member')).toMatch(/fully qualified/);
    expect(levelNote(part, "Three years' post-qualification experience")).toMatch(/part-qualified/);
    expect(levelNote(part, 'ICAG or ACCA, fully or part qualified')).toBeUndefined();
    expect(levelNote('ICAG member since 2019', 'Fully qualified ICAG or ACCA member')).toBeUndefined();
  });
});
