import { describe, expect, it } from 'vitest';
import { generateDeterministic } from './deterministic/index.ts';
import { decideHandoff, versionNumber } from './handoff.ts';
import { type CoverLetterDoc, MaterialOptions, type ResumeDoc } from './schema.ts';
import { EXP, job, profile } from './testing.ts';

const options = MaterialOptions.parse({ tone: 'warm' });
const resume = generateDeterministic('resume', profile, job, options) as ResumeDoc;
const letter = generateDeterministic('cover_letter', profile, job, options) as CoverLetterDoc;
const master = { name: 'ada-master.pdf' };

describe('what autofill hands the form for a job', () => {
  it('uses the chosen tailored resume as a PDF named for the person, and says which version and why', () => {
    const out = decideHandoff({
      profile,
      job,
      chosen: { resume: { version: 2, doc: resume } },
      masterResume: master,
    });
    expect(out.resume).toMatchObject({
      from: 'tailored',
      version: 2,
      fileName: 'Ada Lovelace - Resume.pdf',
      source: 'your tailored resume, version 2, chosen for this job',
      confidence: 1,
    });
    const text = out.resume?.from === 'tailored' ? out.resume.lines.map((l) => l.text) : [];
    expect(text).toContain('Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views');
    // The tailored version leaves out what the posting does not ask about.
    expect(text).not.toContain('Organised the office book club');
  });

  it('without a chosen version, or for a page that matches no saved job, the master resume as before', () => {
    const none = decideHandoff({ profile, job, chosen: {}, masterResume: master });
    expect(none.resume).toEqual({
      from: 'master',
      fileName: 'ada-master.pdf',
      source: 'your resume',
      confidence: 1,
    });
    expect(none.coverLetter).toBeNull();
    const noJob = decideHandoff({
      profile,
      job: null,
      chosen: { resume: { version: 1, doc: resume }, coverLetter: { version: 1, doc: letter } },
      masterResume: master,
    });
    expect(noJob.resume?.from).toBe('master');
    expect(noJob.coverLetter).toBeNull();
    expect(decideHandoff({ profile, job: null, chosen: {}, masterResume: null }).resume).toBeNull();
  });

  it('puts the chosen cover letter’s text, greeting to signature without the contact header, into cover-letter boxes', () => {
    const out = decideHandoff({
      profile,
      job,
      chosen: { coverLetter: { version: 3, doc: letter } },
      masterResume: null,
    });
    expect(out.coverLetter?.source).toBe('your cover letter, version 3, chosen for this job');
    expect(out.coverLetter?.fileName).toBe('Ada Lovelace - Cover letter.pdf');
    const text = out.coverLetter?.text ?? '';
    expect(text.startsWith('Dear Initech Hiring Team,\n\n')).toBe(true);
    expect(text).toContain('I was glad to come across the Staff Backend Engineer role at Initech.');
    expect(text.endsWith('Sincerely,\n\nAda Lovelace')).toBe(true);
    expect(text).not.toContain('ada@example.com');
  });

  it('falls back, with a note, when the chosen version has nothing left in it; ignores a version of the wrong kind', () => {
    const emptyResume: ResumeDoc = { ...resume, summary: [], experience: [] };
    const emptyLetter: CoverLetterDoc = { ...letter, paragraphs: [{ sentences: [] }] };
    const out = decideHandoff({
      profile,
      job,
      chosen: { resume: { version: 4, doc: emptyResume }, coverLetter: { version: 2, doc: emptyLetter } },
      masterResume: master,
    });
    expect(out.resume?.from).toBe('master');
    expect(out.coverLetter).toBeNull();
    expect(out.notes).toEqual([
      'Tailored resume version 4 is empty: your master resume is used instead.',
      'Cover letter version 2 has no text left: no cover letter is filled.',
    ]);
    const wrongKind = decideHandoff({
      profile,
      job,
      chosen: { resume: { version: 1, doc: letter } },
      masterResume: master,
    });
    expect(wrongKind.resume?.from).toBe('master');
  });

  it('is less sure of a version that cites a role the profile no longer has, and says so', () => {
    const trimmed = { ...profile, experience: profile.experience.filter((e) => e.id === EXP) };
    const out = decideHandoff({
      profile: trimmed,
      job,
      chosen: { resume: { version: 1, doc: resume } },
      masterResume: master,
    });
    expect(out.resume?.confidence).toBe(0.7);
    expect(out.resume?.source).toBe(
      'your tailored resume, version 1, chosen for this job (1 role it cites is no longer in your profile and is left out)',
    );
  });

  it('numbers versions as the Materials tab does, oldest first', () => {
    const versions = [
      { id: 'b', createdAt: '2026-01-02T00:00:00Z' },
      { id: 'a', createdAt: '2026-01-01T00:00:00Z' },
    ];
    expect(versionNumber(versions, 'b')).toBe(2);
    expect(versionNumber(versions, 'a')).toBe(1);
    expect(versionNumber(versions, 'zz')).toBe(0);
  });
});
