// Sentences the deterministic path assembles. They add no facts: every name, number and skill in
// them comes from the cited item, so the validator passes them for the same reasons it passes a model.
import type { Culture, Length, Tone } from '../schema.ts';
import type { BulletEvidence } from './evidence.ts';

const IRREGULAR = new Set(
  'built led ran wrote made grew drove took won set cut brought began taught sold kept found gave chose held spoke became rebuilt rewrote oversaw'.split(
    ' ',
  ),
);

/** "Built REST APIs" -> "built REST APIs" when it opens with a past-tense verb; null otherwise. */
function asVerbPhrase(bullet: string): string | null {
  const m = /^([A-Z][a-z]+)\b/.exec(bullet);
  if (!m) return null;
  const verb = m[1].toLowerCase();
  return verb.endsWith('ed') || IRREGULAR.has(verb) ? verb + bullet.slice(m[1].length) : null;
}

const stripEnd = (t: string) => t.replace(/[\s.;,]+$/, '');

/** A bullet told in the first person, anchored to its employer: "At Acme, I built REST APIs." */
export function firstPerson(b: BulletEvidence, tone: Tone): string {
  const phrase = asVerbPhrase(b.text);
  const lead = tone === 'warm' ? `In my time at ${b.company}` : `At ${b.company}`;
  if (phrase) return `${lead}, I ${stripEnd(phrase)}.`;
  return `${lead}: ${stripEnd(b.text)}.`;
}

export function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function opening(tone: Tone, title: string, company: string): string {
  const at = company ? ` at ${company}` : '';
  if (tone === 'warm') return `I was glad to come across the ${title} role${at}.`;
  if (tone === 'enthusiastic') return `I am excited to apply for the ${title} role${at}!`;
  return `I am writing to apply for the ${title} position${at}.`;
}

export function skillsSentence(tone: Tone, names: string[]): string {
  if (tone === 'enthusiastic')
    return `I bring hands-on experience with ${listOf(names)}, all of which this role calls for!`;
  if (tone === 'warm') return `I have worked with ${listOf(names)}, which this role calls for.`;
  return `My experience includes ${listOf(names)}, which this role calls for.`;
}

const CULTURE: Record<Culture, string[]> = {
  corporate: [
    'I value clear processes and working across teams to deliver reliable results.',
    'I am used to documenting decisions so that others can build on them.',
  ],
  startup: [
    'I like owning problems end to end and moving quickly with a small team.',
    'I am comfortable with ambiguity and with shipping, learning and adjusting.',
  ],
  public_sector: [
    'I care about building services that serve people well and are accountable to them.',
    'I value transparency, accessibility and careful stewardship of shared resources.',
  ],
  academic: [
    'I value rigour, open collaboration and sharing what I learn.',
    'I enjoy explaining my work clearly to colleagues from other fields.',
  ],
};

export function cultureSentences(culture: Culture, length: Length): string[] {
  return CULTURE[culture].slice(0, length === 'long' ? 2 : 1);
}

export function closing(tone: Tone, company: string): string {
  const them = company || 'your team';
  if (tone === 'warm') return `I would love to talk about how I could help ${them}.`;
  if (tone === 'enthusiastic') return `I would be thrilled to bring this experience to ${them}!`;
  return `I would welcome the opportunity to discuss how I can contribute to ${them}.`;
}

/** How many pieces of evidence each length holds. */
export const EVIDENCE_COUNT: Record<Length, number> = { short: 2, standard: 3, long: 5 };
