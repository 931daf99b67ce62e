import { escapeRegExp } from '../../text/escape-regexp.ts';
import { sentenceAt } from '../../text/sentence-at.ts';
import { key } from './page.ts';

/**
 * The company a posting itself names as the employer, where the page's own name for the employer is
 * someone else's: a group's careers site or shared board posting for one of its companies, a legal
 * holding or parent trading under a brand, an agency listing a client's direct hire. One place reads
 * those sentences; derive.ts asks it once the sources have merged.
 */

/** A capitalised name of up to five words ("Calder Aerostructures", "Limmat Diagnostics AG"). */
const NAME = String.raw`[A-Z][\p{L}\d&.'-]*(?:[ \t]+[A-Z\d][\p{L}\d&.'-]*){0,4}`;

/** Legal forms dropped from a stated name: the brand is the company, the legal name an alternative. */
const LEGAL_FORM =
  /,?\s+(?:LLC|L\.L\.C\.|PLLC|LLP|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|Corp\.?|Corporation|GmbH|AG|ApS|A\/S|AB|B\.V\.|BV|N\.V\.|S\.A\.|SAS|SE|Pty(?: Ltd)?|ULC|S\.E\.N\.C\.|SENC|S\.E\.C\.|Lt[ée]e)$/;
const withoutLegalForm = (s: string) =>
  s
    .trim()
    // A name runs to its sentence's end: "trading as Thornvale Wines. ABN 12 …" (a word of four or
    // more letters before the stop, so "St. Luke's" and "Co. Ltd" stay whole).
    .replace(/(\p{L}{4,})\.(?:\s.*)?$/su, '$1')
    .replace(/['’]s$/, '')
    .replace(LEGAL_FORM, '')
    .trim();

/** Names that are a team or a unit, not an employer ("This role is with Client Services team"). */
const UNIT_AFTER = /^\s*(?:team|department|division|unit|group|squad|function|practice|office)\b/i;

/** Neither name is the other (after legal forms and case): "Corvane" and "Corvane Solutions" are one. */
function differs(a: string, b: string): boolean {
  const x = key(withoutLegalForm(a));
  const y = key(withoutLegalForm(b));
  return x.length > 1 && !x.includes(y) && !y.includes(x);
}

/**
 * A footer's copyright notice before the holder's name ("© 2026 Brightwater Cafe, Inc., a Lanterra
 * company"): a brand's own site names its parent group there.
 */
const COPYRIGHT = String.raw`(?:(?:©|\([Cc]\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?)?`;

/**
 * "Limmat Diagnostics AG, a company of the Aravis Group, develops …", "Brisa, an Aravis company,
 * makes …", "Keel Bank, N.A. is the principal subsidiary of Keel Financial Corp.": a group's careers site (its tenant, its logo, a board's profile of the group) posting for
 * one of its companies. When the group named is the company found, the company the posting names is
 * the one hiring.
 */
const MEMBER_OF = new RegExp(
  String.raw`(?:^|[.\n]\s*)${COPYRIGHT}(${NAME})(?:,\s+(?:N\.A\.|Inc\.|LLC|Ltd\.|plc|AG|GmbH|S\.A\.))?(?:\s*,\s+|\s+is\s+)(?:(?:(?:a|an|one|the)\s+(?:(?:principal|main|wholly[- ]owned|operating|banking)\s+)?(?:company|subsidiary|member|part|business|brand|division)\s+of|one of|part of)\s+(?:the\s+)?([A-Z][\p{L}\d&.' -]{1,60}?)(?=[,.;\n]|\s+(?:develops|is|makes|builds|provides|operates|offers|and|has|runs)\b)|an?\s+(${NAME})\s+(?:company|business|brand)\b)`,
  'u',
);

/**
 * The page's copyright notices, each on its own line: a footer comes last (past the head read) and
 * page text runs it on from the last related job, so it never opens a sentence there.
 */
function copyrightNotices(text: string): string {
  const notices: string[] = [];
  for (const m of text.matchAll(/©|\bCopyright\b/g)) {
    if (notices.length === 3) break;
    const end = text.indexOf('\n', m.index);
    notices.push(text.slice(m.index, end < 0 ? m.index + 200 : Math.min(end, m.index + 200)));
  }
  return notices.map((n) => `\n${n}`).join('');
}

export function hiringMember(company: string, description: string): string | null {
  const head = description.slice(0, 2_000);
  const m = MEMBER_OF.exec(head) ?? MEMBER_OF.exec(copyrightNotices(description));
  if (!m) return null;
  const [, member, groupOf, groupAdjective] = m;
  const g = key((groupOf ?? groupAdjective)!);
  const c = key(company);
  return c.length > 2 && (g.includes(c) || c.includes(g)) && key(member!) !== c ? member!.trim() : null;
}

/**
 * "Harbridge is a trading name of Harbridge Facilities Management Limited, part of Norvale plc",
 * "THPC Holdings LLC d/b/a Trailhead Pet Clinics", "Fabrikam Ltd, trading as Brisa": the brand trades
 * for the legal entity (or its parent). It is the company when the company found is named in that
 * same sentence (the legal name, the holding, the parent group), or when none was found.
 */
const TRADING = new RegExp(
  String.raw`(${NAME})\s+is\s+(?:a|the)\s+trading\s+name\s+of\s|(${NAME}),?\s+(?:d\/b\/a|dba|doing business as|trading as|t\/a)\s+(${NAME})`,
  'gu',
);

export function tradingBrand(company: string | null, description: string): string | null {
  for (const m of description.matchAll(TRADING)) {
    const brand = withoutLegalForm((m[1] ?? m[3])!);
    const sentence = sentenceAt(description, m.index);
    if (!company || (differs(brand, company) && key(sentence).includes(key(withoutLegalForm(company)))))
      return brand;
    if (!differs(brand, company)) return null;
  }
  return null;
}

/**
 * "you will be employed by Calder Aerostructures from your first day", "This position is with
 * Prairieline Pharmacy, the … business of Tallgrass Health", "You will be a Corvane employee", "you
 * will be on Sitwell Credit's payroll from day one" (an agency's on-roll hire for its client), "signed
 * with Maison Verdal, qui sera ton employeur" (a school posting for a partner company): the
 * posting says who employs the person. An employer of record or payroll provider is not the company
 * ("employed through our Employer of Record partner, Deel"), and "our client" is no name.
 */
const EMPLOYED_BY = new RegExp(
  String.raw`\b(?:(?:[Yy]ou(?:['’]ll| will| would)?\s+be|[A-Z][a-z]+s\s+are)\s+(?:employed|hired)\s+(?:directly\s+)?by|[Yy]ou(?:['’]ll| will)?\s+be\s+an?\s+employee\s+of|[Yy]our\s+employer\s+(?:will\s+be|is)|[Vv]otre\s+employeur\s+(?:sera|est)|(?:[Tt]his|[Tt]he)\s+(?:position|role|job|vacancy)\s+is\s+(?:with|employed\s+by))\s+(?:the\s+)?(${NAME})|\b[Yy]ou(?:['’]ll| will)\s+be\s+an?\s+(${NAME})\s+employee\b|\b[Yy]ou(?:['’]ll| will| would)?\s+be\s+on\s+(?:the\s+payroll\s+of\s+(?:the\s+)?(${NAME})|(${NAME})['’]s\s+payroll)|\b(${NAME}),\s+(?:qui\s+sera\s+(?:ton|votre)\s+employeur|who\s+will\s+be\s+your\s+employer)\b`,
  'gu',
);
/**
 * A payroll-only employer: an employer of record, a PEO, an umbrella company, or a fiscal sponsor
 * that employs a project's staff "for payroll and legal purposes" while they work for the project.
 */
const NOT_THE_EMPLOYER =
  /\bemployer of record\b|\bEOR\b|\bPEO\b|\bpayroll (?:provider|partner|company)\b|\bumbrella company\b|\bfor (?:payroll|legal|tax|HR)(?:,? (?:and )?(?:payroll|legal|tax|HR))* purposes\b|\bfiscal(?:ly)? sponsor/i;

/** "You'll be a W-2 employee", "a Full-time employee": a tax or hours status, not a name. */
const STATUS =
  /^(?:W-?2|1099|Full|Part|Permanent|Temporary|Regular|Salaried|Hourly|Exempt|Non-exempt|Seasonal|Casual)\b/i;

export const employerNamed = (description: string): string | null => employedBy(description)?.name ?? null;

/** The employer named and the sentence naming it. */
function employedBy(description: string): { name: string; sentence: string } | null {
  for (const m of description.matchAll(EMPLOYED_BY)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
    const after = description.slice(m.index + m[0].length);
    const sentence = sentenceAt(description, m.index);
    if (UNIT_AFTER.test(after) || NOT_THE_EMPLOYER.test(sentence) || STATUS.test(raw)) continue;
    const short = withoutLegalForm(raw);
    // "the Foundation" is a short form; "Pebblecart" alone is the name itself.
    const name = /\bthe\s+\S+$/i.test(m[0]) ? fullName(short, description) : short;
    if (name.length > 1) return { name, sentence };
  }
  return null;
}

/**
 * "employed by the Foundation": a one-word short form of a name the posting spells out elsewhere
 * ("The Cedar Bay Health Foundation is a separate nonprofit") stands for that full name.
 */
function fullName(name: string, description: string): string {
  if (/\s/.test(name)) return name;
  const full = description.match(new RegExp(String.raw`\b((?:[A-Z][\p{L}\d&'-]*[ \t]+){1,4})${name}\b`, 'u'));
  return full ? `${full[1]!.replace(/^The\s+/, '')}${name}` : name;
}

/** "employed by the Foundation, not by Cedar Bay Health": the sentence turns the company found down. */
const deniesCompany = (sentence: string, company: string) =>
  new RegExp(
    String.raw`\bnot\s+(?:by\s+|with\s+|for\s+)?(?:the\s+)?${escapeRegExp(withoutLegalForm(company))}\b`,
    'iu',
  ).test(sentence);

/**
 * "Ruddock Software is now Lumaroute", "Lumaroute (formerly Ruddock Software)": a renamed company whose
 * board profile, logo or page title still carry the old name. The new name is the company when the
 * old one is the company found.
 */
const RENAMED = new RegExp(
  String.raw`(${NAME})\s+(?:is\s+now(?:\s+called|\s+known\s+as)?|has\s+(?:become|been\s+renamed(?:\s+to)?|changed\s+its\s+name\s+to))\s+(${NAME})(?=\s*[.,;:!(\n]|\s*$)|(${NAME}),?\s+\(?(?:formerly|previously)\s+(?:known\s+as\s+)?(${NAME})`,
  'gu',
);

export function renamedCompany(company: string, description: string): string | null {
  for (const m of description.matchAll(RENAMED)) {
    const [older, newer] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
    // "Join Kelpie (formerly …)": the verb that opens the sentence is not part of the name.
    const name = withoutLegalForm(newer.replace(/^(?:Join|Meet|About|At|With)\s+/, ''));
    if (!differs(older, company) && differs(name, company)) return name;
  }
  return null;
}

/** The employer the posting names, when it is not the company found; null when they agree. */
export function statedEmployer(
  company: string | null,
  description: string,
): { name: string; why: string } | null {
  const member = company ? hiringMember(company, description) : null;
  if (member)
    return { name: member, why: `the posting names ${member} as a company of the group whose site this is` };
  const renamed = company ? renamedCompany(company, description) : null;
  if (renamed) return { name: renamed, why: `the posting says ${company} is now ${renamed}` };
  const brand = tradingBrand(company, description);
  if (brand)
    return { name: brand, why: `the posting names ${brand} as the trading name of the legal employer` };
  const named = employedBy(description);
  if (named && (!company || differs(named.name, company) || deniesCompany(named.sentence, company)))
    return { name: named.name, why: `the posting says the person is employed by ${named.name}` };
  return null;
}
