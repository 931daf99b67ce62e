import { describe, expect, it } from 'vitest';
import { checkDoc } from '../check-doc.ts';
import { type CoverLetterDoc, MaterialDoc, MaterialOptions, type ResumeDoc } from '../schema.ts';
import { buildSources, bulletId } from '../sources.ts';
import { EXP, EXP2, job, profile } from '../testing.ts';
import { generateDeterministic } from './index.ts';

const index = buildSources(profile, job);
const options = (over: Partial<MaterialOptions> = {}) => MaterialOptions.parse(over);

describe('deterministic resume', () => {
  const doc = generateDeterministic('resume', profile, job, options()) as ResumeDoc;

  it('passes its own schema and every claim is grounded', () => {
    expect(MaterialDoc.parse(doc)).toEqual(doc);
    expect(checkDoc(doc, index)).toEqual([]);
  });

  it('puts the bullets that meet the posting first and leaves out unrelated ones beyond two', () => {
    const acme = doc.experience.find((s) => s.itemId === `exp:${EXP}`)!;
    expect(acme.bullets.map((b) => b.sources[0])).toEqual([bulletId(EXP, 0), bulletId(EXP, 1)]);
    const globex = doc.experience.find((s) => s.itemId === `exp:${EXP2}`)!;
    expect(globex.bullets[0].text).toContain('Python');
  });

  it("surfaces the posting's skills the person has first, in the person's spelling", () => {
    const names = doc.skills.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(expect.arrayContaining(['Python', 'PostgreSQL', 'Kafka', 'Go']));
    expect(names).not.toContain('Serving');
    expect(names).not.toContain('Kubernetes');
    expect(names).not.toContain('Terraform');
  });
});

describe('deterministic cover letter', () => {
  it('changes with tone and length and stays grounded', () => {
    const formal = generateDeterministic('cover_letter', profile, job, options()) as CoverLetterDoc;
    const warm = generateDeterministic(
      'cover_letter',
      profile,
      job,
      options({ tone: 'warm', length: 'long' }),
    );
    const text = (d: CoverLetterDoc) => d.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' ');
    expect(text(formal)).toContain(
      'I am writing to apply for the Staff Backend Engineer position at Initech.',
    );
    expect(text(warm as CoverLetterDoc)).toContain('I was glad to come across');
    expect(text(warm as CoverLetterDoc).length).toBeGreaterThan(text(formal).length);
    expect(text(formal)).toContain('At Acme Analytics, I cut p95 API latency by 40%');
    expect(checkDoc(formal, index)).toEqual([]);
    expect(checkDoc(warm, index)).toEqual([]);
  });

  it('writes a line for the culture chosen', () => {
    const startup = generateDeterministic('cover_letter', profile, job, options({ culture: 'startup' }));
    expect(JSON.stringify(startup)).toContain('small team');
  });
});

describe('deterministic skills, answers and brief', () => {
  it('lists what the posting asks that the profile lacks, and never adds it', () => {
    const doc = generateDeterministic('skills_optimization', profile, job, options());
    expect(doc.missing.map((m) => m.skill)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
    expect(doc.missing.find((m) => m.skill === 'Kubernetes')?.required).toBe(true);
    expect(doc.surface.map((s) => s.skill)).not.toContain('Kubernetes');
    expect(checkDoc(doc, index)).toEqual([]);
  });

  it('answers a custom question from the bullets that share its words', () => {
    const doc = generateDeterministic(
      'answers',
      profile,
      job,
      options({
        questions: ['Tell us about a time you improved latency', 'Why do you want to work at Initech?'],
      }),
    );
    expect(doc.answers[0].sentences[0].text).toContain('latency by 40%');
    expect(doc.answers[1].sentences[0].text).toContain('Initech');
    expect(checkDoc(doc, index)).toEqual([]);
  });

  it('briefs on the employer from the captured text and the posting only', () => {
    const doc = generateDeterministic('company_research', profile, job, options());
    expect(doc.sentences[0]).toEqual({
      text: 'Initech was founded in 1999 in Austin.',
      sources: ['employer'],
    });
    expect(doc.sentences.map((s) => s.text)).toContain(
      'Initech builds payroll software used by 3,000 companies.',
    );
    expect(checkDoc(doc, index)).toEqual([]);
  });
});
