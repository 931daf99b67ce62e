// A company brief with no model and no web search: the posting's own words about the employer and
// the team, the employer text the user captured, and what the posting asks for most.
import { splitSections } from '../../match/sections.ts';
import type { Claim, CompanyBriefDoc } from '../schema.ts';
import { EMPLOYER_ID, type MaterialJob, POSTING_ID } from '../sources.ts';

const MAX_SENTENCES = 8;
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20 && s.length <= 300);

export function deterministicBrief(job: MaterialJob): CompanyBriefDoc {
  const sentences: Claim[] = [];
  for (const s of sentencesOf(job.employerText ?? '').slice(0, 4))
    sentences.push({ text: s, sources: [EMPLOYER_ID] });
  const about = splitSections(job.descriptionText ?? '')
    .filter((l) => l.kind === 'about' || l.kind === 'intro')
    .flatMap((l) => sentencesOf(l.text));
  for (const s of about) {
    if (sentences.length >= MAX_SENTENCES) break;
    sentences.push({ text: s, sources: [POSTING_ID] });
  }
  return { kind: 'company_research', sentences };
}
