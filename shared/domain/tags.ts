import { FIELD_LIMITS } from './limits.ts';

/** Why a tag cannot be added, in words, or null when it can. */
export function tagProblem(tags: readonly string[], text: string): string | null {
  const tag = tidyTag(text);
  if (!tag) return 'Type a word or two for the tag.';
  if (tag.length > FIELD_LIMITS.tag) return `A tag is at most ${FIELD_LIMITS.tag} characters.`;
  if (tags.some((t) => sameTag(t, tag))) return `The job is already tagged “${tag}”.`;
  if (tags.length >= FIELD_LIMITS.tags) return `A job holds at most ${FIELD_LIMITS.tags} tags.`;
  return null;
}

/** "  Dream   job " reads as "Dream job": spaces collapse, the case the user typed stays. */
export const tidyTag = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** "Referral" and "referral" are one tag. */
export const sameTag = (a: string, b: string): boolean =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** The tags with `text` added (unchanged when it cannot be: see tagProblem). */
export function withTag(tags: readonly string[], text: string): string[] {
  return tagProblem(tags, text) ? [...tags] : [...tags, tidyTag(text)];
}

export function withoutTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => !sameTag(t, tag));
}
