// A cover letter with no model: an opening in the chosen tone, the strongest evidence told in the
// first person, the matching skills, a line for the company's culture, and a closing.
import type { Claim, CoverLetterDoc, MaterialOptions } from '../schema.ts';
import { JOB_ID, type MaterialJob } from '../sources.ts';
import type { Evidence } from './evidence.ts';
import {
  closing,
  cultureSentences,
  EVIDENCE_COUNT,
  firstPerson,
  opening,
  skillsSentence,
} from './phrases.ts';

export function deterministicLetter(
  job: MaterialJob,
  ev: Evidence,
  options: MaterialOptions,
): CoverLetterDoc {
  const { tone, length, culture } = options;
  const company = job.company ?? '';
  const strongest = [...ev.bullets].sort((a, b) => b.score - a.score).slice(0, EVIDENCE_COUNT[length]);
  const asked = ev.skills.filter((s) => s.weight > 0).slice(0, length === 'short' ? 3 : 5);

  const intro: Claim[] = [{ text: opening(tone, job.title, company), sources: [JOB_ID] }];
  const body: Claim[] = strongest.map((b) => ({ text: firstPerson(b, tone), sources: [b.id] }));
  if (asked.length)
    body.push({
      text: skillsSentence(
        tone,
        asked.map((s) => s.name),
      ),
      sources: [...new Set(asked.map((s) => s.sources[0]))],
    });
  const fit: Claim[] = cultureSentences(culture, length).map((text) => ({ text, sources: [JOB_ID] }));
  const end: Claim[] = [{ text: closing(tone, company), sources: [JOB_ID] }];
  const paragraphs =
    length === 'short'
      ? [{ sentences: [...intro, ...body] }, { sentences: [...fit, ...end] }]
      : [{ sentences: intro }, { sentences: body }, { sentences: [...fit, ...end] }];
  return {
    kind: 'cover_letter',
    tone,
    length,
    culture,
    paragraphs: paragraphs.filter((p) => p.sentences.length),
  };
}
