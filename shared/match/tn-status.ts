/**
 * TN status (USMCA): Canadian and Mexican citizens in listed professions work in the US on it, and a
 * new employer supports it with an offer and support letter rather than a visa petition. So a posting
 * can support TN while it refuses H-1B ("TN visa holders welcome … We do not sponsor H-1B visas"), and
 * for a Canadian or Mexican citizen who needs the next employer's support that posting offers what they
 * need. A refusal that names TN ("we do not sponsor employment visas, including TN status", "unable to
 * support TN, H-1B or other petitions") outweighs any support line.
 */
import type { PreparedProfile } from './profile.ts';
import { DENIED, sentencesOf } from './sentences.ts';

/** "TN" as the status, not the state after a comma ("Nashville, TN", "AL, AZ, …, TN, TX"). */
const TN = /(?<!,\s?)\bTN\b/;
/** What a sentence does for TN when it does not refuse it before naming it. */
const SUPPORTS = /\b(?:support|sponsor|welcome|letter|categor|accept|consider|eligible)/i;

/** Whether the posting says it supports TN status and nowhere refuses it. */
export function supportsTn(text: string): boolean {
  let supported = false;
  for (const s of sentencesOf(text)) {
    const at = s.search(TN);
    if (at < 0) continue;
    if (DENIED.test(s.slice(0, at))) return false;
    if (SUPPORTS.test(s)) supported = true;
  }
  return supported;
}

/** The citizenships TN is open to. */
const TN_CITIZENS = ['CA', 'MX'];

/** A US posting that supports TN, for a Canadian or Mexican citizen who needs the employer's support. */
export const tnMeetsNeed = (p: PreparedProfile, supported: boolean, jobCountry: string | undefined) =>
  supported && jobCountry === 'US' && TN_CITIZENS.some((c) => p.citizenOf.has(c));
