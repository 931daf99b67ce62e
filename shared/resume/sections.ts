/** Resume sections by heading wording ("EXPERIENCE", "Work History:", "Licenses and Certifications"). */
export type ResumeSection =
  | 'header'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'certifications'
  | 'projects'
  | 'other';

const HEADINGS: Array<[ResumeSection, RegExp]> = [
  ['summary', /^(professional |career )?(summary|profile|objective|about( me)?|overview)$/],
  [
    'experience',
    // "Teaching Experience", "Nursing Experience": the field's own word names the same section.
    /^((work|professional|relevant|employment|career|clinical) )?(experience|history|employment)( history)?$|^(?!volunteer)[a-z]+ experience$/,
  ],
  [
    'education',
    /^(education|academic background|education (and|&) (training|qualifications|certifications?|credentials)|academics|qualifications|academic qualifications)$/,
  ],
  [
    'skills',
    /^((technical|key|core|professional) )?(skills|competencies|technologies|tools)( (and|&) (tools|technologies|competencies|expertise))?$/,
  ],
  [
    'certifications',
    /^((licen[sc]es?|certifications?|certificates|registrations?)( (and|&) )?)+$|^professional (qualifications|development|certifications|registrations?)$/,
  ],
  ['projects', /^((selected|personal|side|key) )?projects$/],
  [
    'other',
    /^(awards|honou?rs|publications|volunteer(ing)?( experience)?|interests|languages|references|referees|activities|leadership|affiliations|(professional )?memberships|(additional|other|personal) (information|details))$/,
  ],
];

export function headingOf(line: string): ResumeSection | null {
  const t = line.trim().replace(/[:.]$/, '').toLowerCase().replace(/\s+/g, ' ');
  if (!t || t.length > 40) return null;
  for (const [section, re] of HEADINGS) if (re.test(t)) return section;
  return null;
}

export interface SectionLines {
  section: ResumeSection;
  lines: string[];
}

export function splitResume(text: string): SectionLines[] {
  const out: SectionLines[] = [{ section: 'header', lines: [] }];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    const heading = headingOf(line);
    if (heading) out.push({ section: heading, lines: [] });
    else out[out.length - 1].lines.push(line.trim());
  }
  return out;
}

/**
 * Sentences a PDF broke over lines ("Looking for a Staff IC\nrole, fully remote within the US."), put
 * back together: a line that does not end a sentence runs on when the next begins in lower case or with
 * a bracket, or whatever it begins with when the line stops mid-phrase. Header lines ("Austin, TX | …"
 * then "US citizen") begin in capitals and stay apart.
 */
// A line that stops on a comma, an article, a preposition or a conjunction has more to say, whatever the
// case of the next line ("hybrid in\nLondon", "agency recruiting,\nHR generalist or …").
const UNFINISHED = /(?:,|\b(?:a|an|the|in|at|on|of|for|to|from|with|within|and|or|as))\s*$/i;
export function unwrapLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[.!?:;]\s*$/.test(prev) && (/^\s*[a-z(]/.test(line) || UNFINISHED.test(prev)))
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}
