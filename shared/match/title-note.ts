/**
 * A posting that says its title is not the job: 'At Ambergate, "Customer Success Manager, Strategic
 * Accounts" is a quota-carrying sales role. We kept the name because …'. What the posting says the
 * title is stands in for the title where the title is read for the kind of work (ruled-out.ts), and
 * the title's own words in the text name only the title.
 */

import { escapeRegExp } from '../text/escape-regexp.ts';

const QUOTE_OPEN = `["“'‘]`;
const QUOTE_CLOSE = `["”'’]`;

/** The role the posting says its quoted title is ("a quota-carrying sales role"), if it says one. */
export function titleSaidToBe(title: string, text: string): string | null {
  const t = title.trim();
  if (t.length < 3) return null;
  const said = new RegExp(
    `${QUOTE_OPEN}${escapeRegExp(t)}${QUOTE_CLOSE}\\s+(?:is|means)\\s+(?:really\\s+|actually\\s+|our (?:name|title|word) for\\s+)?(an?\\s+[^.!?;\\n]{3,80}?\\b(?:role|job|position|executive|engineer|manager)s?)\\b`,
    'i',
  );
  return text.match(said)?.[1] ?? null;
}

/** The text with the title's own words taken out (each time it is named, quoted or not). */
export const withoutTitle = (title: string, text: string): string =>
  text.replace(new RegExp(escapeRegExp(title.trim()), 'gi'), ' ');
