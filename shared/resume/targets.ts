import { parsePlace } from '../match/geo.ts';
import { TITLE_WORD } from './entries.ts';

/** What a sought role is called after its title: "… Engineer roles", "an Enterprise AE seat", "openings". */
export const ROLE_NOUN = String.raw`(?:roles?|positions?|jobs?|opportunities|posts?|seats?|openings?)`;

/**
 * The roles a resume says the person is after ("Seeking Financial Controller or Finance Manager roles",
 * "Looking for: iOS Engineer roles", "Seeking my first instructional design role", "Ready for a marketing
 * specialist or marketing manager role where I own campaigns", "Next: a senior content designer role",
 * "I want a senior HRBP role in Toronto", "I'd like a payroll lead position"; "I want to …" says what
 * they want to do, not a role). Only a sentence that says so is read; the titles come back as written, one per alternative.
 */
const WANT = new RegExp(
  String.raw`\b(?:seeking|looking for|targeting|pursuing|interested in|ready for|next(?=\s*:)|i(?:\s+want|\s+would\s+like|['’]d\s+like)(?!\s+to\b))\s*:?\s*(?:either\s+)?(?:\(\d\)\s+)?(?:(?:my|a|an|the)\s+)?(?:(?:first|next|new)\s+)?(?:(?:step|move|challenge|chapter)\s*[:–-]\s*(?:(?:a|an|the|my)\s+)?(?:(?:first|next|new)\s+)?)?(.{3,90}?)\s+(?:${ROLE_NOUN}|contracts|assignments)\b`,
  'i',
);
/**
 * A move into a field rather than a title: "Looking for my next step in operations, inventory or supply
 * chain: …", "moving into product management", "moving away from the bedside into case management", "my
 * next step as a Support Manager".
 * The fields stand in for titles.
 */
const MOVE =
  /\b(?:(?:my|a)\s+(?:next\s+)?(?:step|move|transition|switch|pivot|career change)|(?:looking|hoping|keen|ready|want|wanting|plan(?:ning)?)\s+to\s+(?:move|transition|switch|pivot|step)(?:\s+up)?|(?:moving|transitioning|switching|pivoting))\s+(?:(?:away\s+)?from\s+[^,.;:]{1,40}?\s+)?(?:in|into|to(?:wards)?|(?<=next step\s+)as)\s+(?:(?:a|an|the)\s+)?([^:.;()]{3,80})/i;
/** "I want to keep growing as an individual contributor: a Principal or Staff UX Researcher role". */
const WANT_AFTER_COLON = new RegExp(
  String.raw`\b(?:want|aiming|aim|hoping|hope|ready)\b[^.:]{0,60}:\s*(?:(?:a|an)\s+)?(.{3,90}?)\s+${ROLE_NOUN}\b`,
  'i',
);
/** What the role does, after a comma: "Director of Nursing, overseeing several units", "…, leading a team of 4-8". */
const WHAT_IT_DOES = /,\s+(?:\w+ing|where|with|who|which)\b.*$/i;

/** A seat alone, as inverted titles print it before their field ("Manager, Customer Success"). */
const SEAT_FIRST = /^(?:manager|director|head|lead|coordinator|specialist)$/i;

/**
 * Titles listed after the role noun and a colon, up to the sentence's end; not what the role does ("role:
 * leading the whole marketing function").
 */
const TITLES_AFTER_COLON = /^\s*:\s*(?!\p{L}+ing\b)(\p{Lu}[^.;:]{2,120})/u;

/** A kind of software work that names no job by itself ("front-end", "full-stack", "mobile"). */
const STACK_KIND = /^(?:front-?end|back-?end|full-?stack|mobile|web|cloud|embedded)$/i;

/** "I am not looking for a people-management role": a refusal, not a target. */
const NEGATED = /\b(?:not|never|no longer)\s+(?:\w+\s+)?$|n[’']t\s+(?:\w+\s+)?$/i;
const REFUSAL = /\b(?:not|never|no longer)\b|n[’']t\b/i;
const LEVELS = 'senior|staff|principal|lead|junior|head|associate';
/** A grade alone ("a Band 6 post") is no title either: bandsSought reads it as a level sought. */
const LEVEL_ONLY = new RegExp(`^(?:${LEVELS}|band\\s*[4-9][a-d]?)$`, 'i');
/**
 * Words that say which level, segment, phase or setting of a job, not the job: "Enterprise or Strategic
 * Account Executive", "Primary or Secondary Teacher", "Inpatient or Outpatient Physiotherapist".
 */
const QUALIFIER_ONLY = new RegExp(
  `^(?:${LEVELS}|enterprise|strategic|mid[- ]?market|commercial|smb|primary|secondary|inpatient|outpatient)$`,
  'i',
);

/**
 * "Finance Manager or Financial Controller", "instructional design / learning design", "PM, TPM",
 * "sales & marketing". An ampersand inside a word ("FP&A Manager", "R&D") joins, not separates.
 */
const ALTERNATIVES = /\s*(?:\/|,|\bor\b|\band\b)\s*|\s+&\s+/i;
/** What a role is not: ways of working and places ("remote", "hybrid", "in Singapore"). */
const NOT_A_TITLE =
  /^(?:full[- ]time|part[- ]time|contract|permanent|local|new|other|similar|remote|hybrid|on-?site)$|\brelocat\w*/i;
/**
 * How, how long or on what contract, not what: "a permanent NUM position", "a remote utilization review
 * role", "13-week travel ICU contracts", "a UK-based role"; alone ("fully remote roles") they leave no title.
 */
const WAY_OF_WORKING =
  /^(?:(?:permanent|full[- ]time|part[- ]time|contract|temporary|fixed[- ]term|first|new|remote|hybrid|on-?site|in-office|fully remote|\d+[- ]weeks?|\d+[- ]months?|[\w.]+-based)(?:\s+|$))+/i;
/** Further alternatives later in the sentence: "either (1) travel ICU contracts … or (2) a remote utilization review role". */
const MORE_ROLES = new RegExp(
  String.raw`\b(?:or|and)\s+(?:\(\d\)\s+)?(?:a|an)\s+([^,.;()]{3,60}?)\s+(?:${ROLE_NOUN}|contracts?)\b(?!\s*\()`,
  'gi',
);

/** "… or a first sales leadership role (Team Lead / Sales Manager)": the titles in the parenthesis. */
const ALSO_IN_PARENS = new RegExp(
  String.raw`\b(?:or|and)\s+(?:a|an)\s+(?:first\s+|new\s+)?[^.;()]{3,60}?\s+${ROLE_NOUN}\s*\(([^)]{3,80})\)`,
  'i',
);
/**
 * The seat a move names after the field: "into a hospital or health-system pharmacy, ideally an inpatient
 * Pharmacy Technician I role": the title they would take there, read first.
 */
const IDEALLY = new RegExp(
  String.raw`\bideally\s+(?:as\s+)?(?:a|an)\s+([^,.;()]{3,60}?)\s+${ROLE_NOUN}\b`,
  'i',
);
/** The role noun and what follows it, after a field a move names: "… operations roles in Dublin". */
const ROLE_NOUN_ON = new RegExp(String.raw`\s+${ROLE_NOUN}\b.*$`, 'i');

/**
 * "Data Engineer in Berlin" -> "Data Engineer": a place the roles are in. Only a place the geography
 * knows: "Second in Department" is a title.
 */
function withoutPlace(wanted: string): string {
  // (or the area around one: "in the Greater Toronto Area", "in the Bay Area" of a city the geography knows)
  const at = /\bin\s+(?:the\s+)?(?:Greater\s+)?([A-Z][\w\s]*?)(?:\s+(?:Area|Region))?$/.exec(wanted);
  return at && parsePlace(at[1]!).country ? wanted.slice(0, at.index).trimEnd() : wanted;
}

export function readTargetTitles(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const found = MOVE.exec(line);
    // "I do not want to move into people management": a refusal in the move's own sentence is no target.
    const move =
      found && !REFUSAL.test(line.slice(line.lastIndexOf('.', found.index) + 1, found.index)) ? found : null;
    const want = WANT.exec(line);
    const also = want || move ? ALSO_IN_PARENS.exec(line)?.[1] : undefined;
    // The move first: "looking for my next step in operations … roles" names fields, not a title.
    // "… as a Support Manager or Head of Support - hybrid in Dublin": a dash ends the roles.
    // "… to Director of Nursing, overseeing several units": what the role does is no further role.
    const moveTo = move?.[1]
      .replace(ROLE_NOUN_ON, '')
      .replace(/\s+[-–—]\s.*$/, '')
      .replace(WHAT_IT_DOES, '');
    // "my first formal people-leadership role: Customer Success Team Lead or Manager": the titles the colon
    // opens name the role; the words before it only say what kind of step it is.
    const named = want && TITLES_AFTER_COLON.exec(line.slice(want.index + want[0].length))?.[1];
    const wantedRole =
      want && !NEGATED.test(line.slice(Math.max(0, want.index - 16), want.index))
        ? (named?.replace(WHAT_IT_DOES, '') ?? want[1])
        : undefined;
    const wanted = moveTo ?? wantedRole ?? WANT_AFTER_COLON.exec(line)?.[1];
    if (!wanted) continue;
    // "… moving into instructional design. Looking for an Instructional Designer or LXD role": the
    // field, then the titles a later sentence names.
    const later = move && want && want.index >= move.index + move[0].length;
    const alsoWanted = later && wantedRole ? wantedRole : '';
    // "Not looking for contracts or a tech lead position": an alternative in a refusal is refused too.
    const more = [...line.matchAll(MORE_ROLES)]
      .filter((m) => !REFUSAL.test(line.slice(line.lastIndexOf('.', m.index) + 1, m.index)))
      .map((m) => m[1]!)
      .filter((t) => !wanted.includes(t));
    const ideal = move ? IDEALLY.exec(line)?.[1] : undefined;
    const parts = [
      ...(ideal ? [ideal] : []),
      ...withoutPlace(wanted).split(ALTERNATIVES),
      ...(alsoWanted ? withoutPlace(alsoWanted).split(ALTERNATIVES) : []),
      ...(also?.split(ALTERNATIVES) ?? []),
      ...more.flatMap((t) => t.split(ALTERNATIVES)),
    ];
    // "Manager, Customer Success": a seat written before its field after a comma is one title.
    for (let i = parts.length - 2; i >= 0; i--)
      if (SEAT_FIRST.test(parts[i]!.trim()) && parts[i + 1]?.trim())
        parts.splice(i, 2, `${parts[i + 1]!.trim()} ${parts[i]!.trim()}`);
    for (const [i, part] of parts.entries()) {
      let title = part
        .trim()
        .replace(/^(?:a|an)\s+/i, '')
        .replace(WAY_OF_WORKING, '');
      // "Principal or Staff UX Researcher": a bare level shares the next alternative's job. So does a
      // bare segment or setting ("Inpatient or Outpatient Dietitian"), and a bare kind when the next
      // alternative is a kind before a job of two words or more ("Enterprise or Strategic Account
      // Executive"; "Physiotherapist or Sports Therapist" is two jobs).
      const next = parts[i + 1]?.trim().split(/\s+/) ?? [];
      const bareKind =
        !title.includes(' ') && !TITLE_WORD.test(title) && next.length > 2 && TITLE_WORD.test(next.at(-1)!);
      if ((QUALIFIER_ONLY.test(title) && next.length > 1 && QUALIFIER_ONLY.test(next[0]!)) || bareKind)
        title = `${title} ${next.slice(1).join(' ')}`;
      // "Junior front-end or full-stack developer": a kind of the work with no job of its own shares the
      // next alternative's job ("Junior front-end developer").
      else if (
        STACK_KIND.test(title.split(/\s+/).at(-1)!) &&
        next.length > 1 &&
        TITLE_WORD.test(next.at(-1)!)
      )
        title = `${title} ${next.at(-1)}`;
      const words = title.split(/\s+/).length;
      // A level alone is no title: "Senior" with nothing to share.
      if (!title || words > 5 || NOT_A_TITLE.test(title) || LEVEL_ONLY.test(title)) continue;
      const nice = title.replace(/^\w/, (c) => c.toUpperCase());
      if (!out.some((t) => t.toLowerCase() === nice.toLowerCase())) out.push(nice);
    }
  }
  return out;
}

/**
 * A second choice, said as one: "I'm looking for a data analyst role …, and I would also take an FP&A
 * analyst role", "also open to BI developer roles". The person would go, but the first choice comes first.
 */
const ALSO_TAKE = new RegExp(
  String.raw`\balso\s+(?:take|consider|accept|open\s+to)\s+(?:(?:a|an)\s+)?([^.;:()]{3,60}?)\s+${ROLE_NOUN}\b`,
  'gi',
);

/** The titles a resume names as second choices (ALSO_TAKE), as written, one per alternative. */
export function readSecondChoices(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ALSO_TAKE)) {
    if (REFUSAL.test(text.slice(text.lastIndexOf('.', m.index) + 1, m.index))) continue;
    for (const part of m[1]!.split(ALTERNATIVES)) {
      const title = part.trim().replace(WAY_OF_WORKING, '');
      if (!title || title.split(/\s+/).length > 5 || NOT_A_TITLE.test(title)) continue;
      out.push(title.replace(/^\w/, (c) => c.toUpperCase()));
    }
  }
  return out;
}

/** A part of a line that names a job ("…, BI Developer"), not the kind of seat. */
const namesJob = (part: string) => part.split(/\s+/).some((w) => TITLE_WORD.test(w));

/**
 * A line under a "TARGET ROLE" heading names the roles outright ("Junior front-end or full-stack developer
 * (entry level). Looking for on-site roles…"): its first sentence, asides dropped, is read as "Looking for
 * … roles" is. A line that says what it wants in a sentence of its own is read as written; '' otherwise.
 */
export function asSought(line: string): string {
  const sentence = (line.split(/(?<=[a-z)])\.\s|;\s/i)[0] ?? '').replace(/\([^)]*\)/g, ' ');
  // "Senior Account Executive, mid-market or lower enterprise, full-cycle": after the title, commas add
  // what kind of seat; only a part naming a job ("…, BI Developer") is another title.
  const [head = '', ...rest] = sentence.split(',');
  const cut = rest.findIndex((p) => !namesJob(p));
  const titled = cut < 0 ? rest : rest.slice(0, cut);
  const first = [head, ...titled].join(',').replace(/\s+/g, ' ').trim();
  const words = first.split(' ').filter(Boolean).length;
  if (!words || words > 12 || WANT.test(first) || MOVE.test(first)) return '';
  return `Looking for: ${first.replace(/[.:]$/, '')} roles.`;
}
