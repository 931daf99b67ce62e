import { ENDS_SENTENCE, fillsWidth, lineMeasure } from './line-wrap.ts';

/** Resume sections by heading wording ("EXPERIENCE", "Work History:", "Licenses and Certifications"). */
export type ResumeSection =
  | 'header'
  | 'personal'
  | 'summary'
  | 'rights'
  | 'target'
  | 'experience'
  | 'education'
  | 'skills'
  | 'certifications'
  | 'projects'
  | 'other';

const HEADINGS: Array<[ResumeSection, RegExp]> = [
  // A European CV's "PERSONAL STATEMENT" is its summary.
  [
    'summary',
    // A US resume's "SUMMARY OF QUALIFICATIONS": what the person brings, said of themselves.
    /^(professional |career |personal )?(summary|profile|objective|about( me)?|overview|statement)$|^summary of qualifications$/,
  ],
  // "TARGET ROLE": the roles the person is after, named as titles with no "looking for" before them.
  [
    'target',
    /^(target|desired|preferred|sought|ideal)( job| next)? (roles?|positions?|titles?|jobs?)$|^(job|role|career) targets?$|^target$/,
  ],
  // A European CV opens with its contact block under a heading ("PERSONAL DETAILS": Name:, Address:,
  // Nationality: …); it is read as the header is (contact.ts), wherever it stands.
  ['personal', /^(personal|contact) (details|information|data|particulars)$|^contact$/],
  // What the person says of their right to work is said of themselves, as a summary is, and read with
  // it (work-rights.ts); it is no part of the summary they keep.
  [
    'rights',
    /^(work (authori[sz]ation|rights|permit|eligibility)|right to work|visa( status)?|immigration status)$/,
  ],
  [
    'experience',
    // "Teaching Experience", "Nursing Experience": the field's own word names the same section.
    // "Service History", "Military Service": a service member's employment record.
    /^((work|professional|relevant|employment|career|clinical) )?(experience|history|employment)( history)?$|^(?!volunteer)[a-z]+ experience$|^service (history|record)$|^(military|army|naval|defen[cs]e) (service|history)$/,
  ],
  [
    'education',
    /^(education|academic background|education (and|&) (training|qualifications|certifications?|credentials)|academics|qualifications|academic qualifications)$/,
  ],
  [
    'skills',
    // Europass "DIGITAL SKILLS" / "COMPUTER SKILLS": the tools the person uses; LinkedIn's "Top Skills".
    // "AREAS OF EXPERTISE": the person's fields, listed as skills are.
    /^((technical|key|core|top|professional|digital|computer|it|software) )?(skills|competencies|technologies|tools)( (and|&) (tools|technologies|competencies|expertise))?$|^areas of (expertise|strength)$/,
  ],
  [
    'certifications',
    /^((licen[sc]es?|certifications?|certificates|registrations?)( (and|&) )?)+$|^professional (qualifications|development|certifications|registrations?)$/,
  ],
  ['projects', /^((selected|personal|side|key) )?projects$/],
  [
    'other',
    // Europass "LANGUAGE SKILLS" (a CEFR grid) names languages, not skills of the trade.
    /^(awards|honou?rs|publications|volunteer(ing)?( experience)?|interests|languages|language (skills|competences?)|references|referees|activities|leadership|affiliations|(professional )?memberships|(additional|other) (information|details))$/,
  ],
];

/**
 * Headings the patterns above do not spell out, read word by word: a short line made only of section
 * words joined by "and", "&", "/" or commas ("INTERNSHIPS", "Training and Credentials", "Methods and
 * Tools", "Side Project", "Talks"). A line with any other word ("Java, Python") is not a heading.
 */
const SECTION_WORDS: Array<[ResumeSection, RegExp]> = [
  [
    'summary',
    /^(what i(?:'|’)?m looking for|what i want|looking for|next steps?|career goals?|goals?|objectives?|highlights)$/,
  ],
  // Headings a portfolio writes as a phrase of its own: "Where I've been", "Where I learned", "Things I've
  // shipped", "Tools I reach for".
  // An academic CV's "ACADEMIC APPOINTMENTS": the posts held; a portfolio's "ROLES", "Roles held".
  [
    'experience',
    /^(internships?|placements?|co-?ops?|positions?( held)?|roles?( held)?|appointments?|employment|experience|history|where i(?:'|’)?ve (?:been|worked))$/,
  ],
  ['education', /^where i (?:learned|learnt|studied|trained)$/],
  ['projects', /^things i(?:'|’)?ve (?:shipped|built|made|designed)$/],
  ['skills', /^tools i (?:use|reach for|work with)$/],
  ['education', /^(education|degrees?|academics?|schooling|coursework)$/],
  [
    'skills',
    // "HOW I WORK": a portfolio's methods and tools.
    /^(skills?|how i work|competenc(y|ies)|technolog(y|ies)|tools?|toolkit|software|methods?|methodolog(y|ies)|techniques?|expertise|proficienc(y|ies)|stack|tech stack|codes|standards|platforms|systems)$/,
  ],
  [
    'certifications',
    // A tradesperson's "TICKETS": the certificates a site asks for (Red Seal, H2S Alive, first aid).
    /^(certifications?|certificates?|licen[sc]es?|licensure|registrations?|training|credentials?|designations?|qualifications|accreditations?|courses|tickets)$/,
  ],
  // A portfolio's "SELECTED CASE STUDIES": the work it shows, as projects are.
  ['projects', /^(projects?|portfolio|open source|case stud(y|ies)|work samples?)$/],
  [
    'other',
    /^(talks?|speaking|presentations?|conferences?|achievements?|accomplishments?|awards?|honou?rs|publications?|activities|extracurriculars?|hobbies|interests|other|volunteer(ing)?|community|patents?|research)$/,
  ],
];
const QUALIFIER =
  /^(?:(?:professional|technical|relevant|selected|key|core|additional|other|personal|side|academic|clinical|work|career|recent|notable)\s+)+/;

function headingByWords(t: string): ResumeSection | null {
  const parts = t.split(/\s*(?:,|&|\/|\band\b)\s*/).filter(Boolean);
  const kinds: ResumeSection[] = [];
  for (const part of parts) {
    const word = part.replace(QUALIFIER, '') || part;
    const kind = SECTION_WORDS.find(([, re]) => re.test(word))?.[0];
    if (!kind) return null;
    kinds.push(kind);
  }
  // A joined heading is the section whose lines are parsed most strictly: education entries and
  // experience entries have their own shape, and a skills list splits what a certificate line keeps.
  for (const k of ['education', 'experience', 'skills'] as const) if (kinds.includes(k)) return k;
  return kinds[0] ?? null;
}

const headingText = (line: string) => line.trim().replace(/[:.]$/, '').toLowerCase().replace(/\s+/g, ' ');
/** A heading spelled out as one (HEADINGS), not made of section words ("SOFTWARE", "Systems"). */
const namedHeading = (t: string) => HEADINGS.find(([, re]) => re.test(t))?.[0] ?? null;

/** "SERVICE HISTORY - AUSTRALIAN ARMY", "Experience – selected": a heading, then whose or which. */
const HEADING_THEN_ASIDE = /^(.+?)\s+[-–—]\s+\S.*$/;

/**
 * A heading in capitals with an aside in brackets ("INDUSTRY EXPERIENCE (about 3 years in total)",
 * "PUBLICATIONS (of 14)"): the heading is the words before it. Capitals only: "Leadership (team of 5)"
 * is a line of skills.
 */
const CAPITAL_HEADING_ASIDE = /^([^\p{Ll}()]+?)\s*\([^)]*\)\s*$/u;

export function headingOf(line: string): ResumeSection | null {
  const aside = CAPITAL_HEADING_ASIDE.exec(line.trim());
  const t = headingText(aside && /\p{Lu}{2}/u.test(aside[1]!) ? aside[1]! : line);
  if (!t || t.length > 40) return null;
  // An aside only in capitals and after a heading spelled out: "Skills - Python, SQL" is a skill line.
  const head = /\p{Ll}/u.test(line) ? undefined : HEADING_THEN_ASIDE.exec(t)?.[1];
  return namedHeading(t) ?? headingByWords(t) ?? (head ? namedHeading(head) : null);
}

export interface SectionLines {
  section: ResumeSection;
  lines: string[];
}

/**
 * A heading's words at the start of a line are the tail of the line above when a page broke it there
 * ("… contractor spend and capitalised" / "software.", "…INFRASTRUCTURE" / "SOFTWARE"): no blank line
 * between, the line above does not end its sentence, and the tail begins in lower case (a heading is
 * capitalised) or, when only section words make it a heading, the line above fills the page's measure
 * (`measure`, the longest line). "SUMMARY" under a long header line is a heading all the same.
 */
function tailOfLine(prev: string | undefined, line: string, measure: number): boolean {
  if (prev === undefined || ENDS_SENTENCE.test(prev)) return false;
  return /^\s*[a-z]/.test(line) || (fillsWidth(prev, measure) && !namedHeading(headingText(line)));
}

/**
 * A page's own mark, printed where a PDF's page ends ("Page 1 of 2", "- 2 -", as LinkedIn's export
 * and most templates print it): no line of the resume, and where it stands the page broke, as a blank
 * line breaks it. Read as one, it would name the role after it ("Page 1 of 2" / "Northlake Grocers").
 */
const PAGE_MARK = /^\s*(?:page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|-\s*\d+\s*-)\s*$/i;

export function splitResume(text: string): SectionLines[] {
  const out: SectionLines[] = [{ section: 'header', lines: [] }];
  const lines = text.replace(/\r\n?/g, '\n');
  const measure = lineMeasure(lines);
  let prev: string | undefined;
  for (const raw of lines.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || PAGE_MARK.test(line)) {
      prev = undefined;
      continue;
    }
    const heading = tailOfLine(prev, line.trim(), measure) ? null : headingOf(line);
    if (heading) out.push({ section: heading, lines: [] });
    else out[out.length - 1].lines.push(line.trim());
    prev = line.trim();
  }
  return out;
}
