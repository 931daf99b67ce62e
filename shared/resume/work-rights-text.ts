/**
 * What the work-rights rules share: the draft they fill, the rule shape, and the country names a
 * sentence can carry ("Indian citizen", "remote within UK/Ireland").
 */
import type { WorkType } from '../domain/index.ts';
import { CODE_ALIASES, countryNames, EU_MEMBERS } from '../geo/index.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';

export interface WorkRightsDraft {
  /** ISO codes the person may work in without sponsorship. */
  workAuthorization: string[];
  /** Countries the person is a citizen of, and a permanent resident of, as stated. */
  citizenship: string[];
  permanentResidence: string[];
  /** True only for an unscoped need ("will require H-1B sponsorship"); a need scoped to other countries leaves it null. */
  requiresSponsorship: boolean | null;
  willingToRelocate?: boolean;
  /** Where the person said they would move ("happy to relocate to the UK"); empty when not named. */
  relocateTo: string[];
  workTypes: WorkType[];
  /** The sentences each value came from, with the rule that read it. */
  evidence: Array<{ rule: string; reason: string; text: string }>;
}

const alternation = (names: string[]) =>
  names
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

export const NAMES = new Map<string, string>([
  ...countryNames(),
  ...Object.entries(CODE_ALIASES).map(([k, v]): [string, string] => [k.toLowerCase(), v]),
]);
export const NAME_RE = new RegExp(`\\b(${alternation([...NAMES.keys()])}|eu)\\b`, 'gi');

/** A country's own name before the word ("US citizen", "NZ passport"), as its people's name is ("Irish citizen"). */
export const NAMED_CITIZEN = new RegExp(
  `${NAME_RE.source}\\s+(?=(?:citizens?|citizenship|nationals?|passport)\\b)`,
  'gi',
);

export function countriesIn(text: string, re: RegExp, table: Map<string, string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const word = m[1].toLowerCase();
    if (word === 'eu') out.push(...EU_MEMBERS);
    else if (table.has(word)) out.push(table.get(word)!);
  }
  return out;
}

export interface Rule {
  id: string;
  reason: string;
  test: RegExp;
  /** `home`: the country the person lives in, when the header names it. */
  apply(sentence: string, draft: WorkRightsDraft, home?: string): void;
}
