/**
 * The terms a posting offers: a permanent post, a contract (fixed-term, freelance, temporary,
 * agency, internship), or either ("full-time employee via EOR or long-term contractor"). Postings
 * say it in the title ("(6-Month Contract)", "- CDD 12 mois"), in a header of separated fields
 * ("Remote · Contract · Mid-Senior level", "Employment type: Full time, Permanent") or in a sentence
 * ("This is a 12-month contract role"). "Contract" alone names a field too (contract renewals, API
 * contracts, a Contract Manager), so a bare word counts only where it stands as a field of its own.
 */

import type { EmploymentType } from '../domain/index.ts';
import { DENIED, sentencesOf } from './sentences.ts';

export type EmploymentKind = 'permanent' | 'contract' | 'either';
export interface EmploymentTerms {
  kind: EmploymentKind;
  /** The posting's own words, for the explanation ("12 Month Contract", "CDD 12 mois"). */
  said: string;
}

/** Words that end a post or make it not employment. */
const CONTRACT_WORD =
  /\b(?:contract(?:ors?)?|freelance|zzp|fixed[- ]term|temporary|temp|cdd|interim|internship|stage|1099|locum|(?:leave|maternity|parental[- ]leave)[- ](?:replacement|cover))\b/i;
const PERMANENT_WORD =
  /\b(?:permanent|cdi|indefinite|open[- ]ended|indefinido|indeterminado|sem termo|direct[- ]hire|employee|eor|employer of record)\b/i;
const PERMANENT_CONTRACT = /\b(?:permanent|indefinite|open[- ]ended)\s+(?:employment\s+)?contract\b/gi;
const EVERY_CONTRACT_WORD = new RegExp(CONTRACT_WORD.source, 'gi');
const EVERY_PERMANENT_WORD = new RegExp(PERMANENT_WORD.source, 'gi');
/** What else a terms field holds: hours, durations, payroll, currency, joiners. */
const FIELD_NOISE =
  /\b(?:full|part|time|long|short|term|renewable|w-?2|b2b|usd|eur|gbp|with|via|through|our|or|and|de|a|an|\d+|months?|mois|meses|years?|ans?|six|nine|twelve|eighteen|role|position|basis|only|contrat|contrato|sem|direct|hire|employer|of|record)\b/gi;

/** Only terms words left once hours, durations and joiners are taken out: "12 Month Contract (W-2)". */
function fieldTerms(raw: string): { permanent: boolean; contract: boolean } | null {
  // "Permanent contract (CDI)", "contrato indefinido": the contract is the permanent one.
  const field = raw.replace(PERMANENT_CONTRACT, 'permanent');
  const rest = field
    .replace(EVERY_CONTRACT_WORD, ' ')
    .replace(EVERY_PERMANENT_WORD, ' ')
    .replace(FIELD_NOISE, ' ')
    .replace(/[^\p{L}]+/gu, '');
  if (rest) return null;
  const contract = CONTRACT_WORD.test(field);
  // "Full time or contractor": the full-time post offered beside the contract is employment.
  const permanent =
    PERMANENT_WORD.test(field) ||
    (contract && /\bfull[- ]?time\b.*\bor\b|\bor\b.*\bfull[- ]?time\b/i.test(field));
  return contract || permanent ? { permanent, contract } : null;
}

const LABEL =
  /^\s*(?:employment(?:\s+type)?|job\s+type|contract(?:\s+type)?|type\s+de\s+contrat|contrat|contrato|position\s+type|work\s+type)\s*:\s*/i;
const FIELD_SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+/;

/** A header line of separated fields, or a labelled one ("Contract: Permanent (CDI / indefinido)"). */
function headerFields(line: string): string[] {
  if (line.length > 200) return [];
  const fields = line.split(FIELD_SEPARATOR);
  if (fields.length >= 2) return fields.map((f) => f.replace(LABEL, ''));
  return LABEL.test(line) ? [line.replace(LABEL, '')] : [];
}

/** Sentences that state the terms whatever the layout. */
const CONTRACT_SENTENCE =
  /\bthis is an? (?:[\w-]+ ){0,3}?(?:contract|contractor|freelance|fixed[- ]term|temporary) (?:role|position|post|assignment|engagement)\b|\b(?:\d+|six|nine|twelve|eighteen)[- ](?:month|year)s?(?: fixed[- ]term)?(?: W-?2)? contract\b|\bfixed[- ]term (?:contract|role|position|post)\b|\blong[- ]term contract\b|\bas an? (?:long[- ]term )?(?:independent )?contractor\b/i;
const PERMANENT_SENTENCE =
  /\bpermanent(?:,? full[- ]time)? (?:contract|position|role|post|job|employment)\b|\bfull[- ]time,? permanent\b|\bdirect[- ]hire\b|\bemployer of record\b/i;

function kindOf(permanent: boolean, contract: boolean): EmploymentKind | null {
  return permanent && contract ? 'either' : contract ? 'contract' : permanent ? 'permanent' : null;
}

export function employmentTerms(
  title: string,
  text: string,
  /** The board's own type (the domain Job's `employmentType`). */
  board?: EmploymentType | null,
): EmploymentTerms | null {
  // The title is the posting's own word on the post: "Data Scientist - CDD 12 mois".
  for (const field of title.split(/\s*[()[\],|·–—]\s*|\s+-\s+/)) {
    const t = field.trim() && fieldTerms(field);
    if (t) return { kind: kindOf(t.permanent, t.contract) as EmploymentKind, said: field.trim() };
  }
  const lead = /^(freelance|temporary|interim)\b/i.exec(title.trim());
  if (lead) return { kind: 'contract', said: lead[1] };
  let permanent = false;
  let contract = false;
  let said = '';
  const note = (p: boolean, c: boolean, words: string) => {
    if (c && !contract) said = words;
    else if (!said) said = words;
    permanent ||= p;
    contract ||= c;
  };
  for (const line of text.split('\n')) {
    for (const field of headerFields(line)) {
      const t = fieldTerms(field);
      if (t) note(t.permanent, t.contract, field.replace(/^[\s*•:–—-]+|[\s:]+$/g, ''));
    }
  }
  if (!permanent && !contract)
    for (const sentence of sentencesOf(text)) {
      if (DENIED.test(sentence)) continue;
      const c = CONTRACT_SENTENCE.exec(sentence);
      const p = PERMANENT_SENTENCE.exec(sentence);
      if (c || p) note(!!p, !!c, (c ?? p)?.[0] ?? '');
    }
  if (!permanent && !contract && board && board !== 'full_time' && board !== 'part_time')
    note(false, true, board);
  const kind = kindOf(permanent, contract);
  return kind ? { kind, said } : null;
}

/**
 * A phrase the person ruled out that names a contract form rather than a field: "contract work",
 * "freelance", "fixed-term contracts", "temporary roles", "agency contracts". It is held against the
 * posting's terms, never against the posting's words ("contract renewals" is not a contract post).
 */
const CONTRACT_FORM =
  /^(?:(?:\w+[- ])?(?:contract|contractor|freelance|fixed[- ]term|temporary|temp|agency|cdd|interim)(?:s|ing)?)(?:\s+(?:contracts?|work|roles?|positions?|posts?|jobs?|assignments?))?$/i;
export const namesContractForm = (phrase: string) => CONTRACT_FORM.test(phrase.trim());

/**
 * A phrase the person ruled out that names a permanent post ("full-time permanent", "permanent roles",
 * "direct-hire positions"): someone after fractional, interim or freelance work. Held against the
 * posting's terms, as a contract form is.
 */
const PERMANENT_FORM =
  /^(?:full[- ]time,?\s+)?(?:permanent|perm|direct[- ]hire)(?:,?\s+full[- ]time)?(?:\s+(?:contracts?|work|roles?|positions?|posts?|jobs?|employment))?$/i;

/** The form of employment a ruled-out phrase names, if it names one rather than a field. */
export function formNamed(phrase: string): 'contract' | 'permanent' | null {
  return namesContractForm(phrase) ? 'contract' : PERMANENT_FORM.test(phrase.trim()) ? 'permanent' : null;
}

/** What resume import records for a person who asks for a permanent post. */
export const CONTRACT_WORK = 'contract work';
