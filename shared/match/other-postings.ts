/**
 * A list of other postings that a saved or pasted posting carries at its foot ("Similar Jobs (3)",
 * "People also viewed", "More Jobs at Meridian Clearing", "More jobs like this"): its titles are those
 * postings', not this one's work. The capture scan leaves such a widget out of the page by its
 * element (capture/sources/other-postings.ts); in plain text only its heading line shows it, a line
 * that is nothing but the heading, so "Related experience in SQL" is no heading.
 */
const HEADING =
  /^(?:(?:similar|related|recommended|more|other)\s+(?:open\s+)?(?:jobs|roles|positions|openings|vacancies)(?:\s+(?:at\s+[\p{L}\d&'’.,\s-]{1,40}|like this|for you))?|people also viewed|jobs you may (?:like|be interested in))\s*(?:\(\d+\))?:?$/iu;

/** The text without each such heading and the list under it, to the next blank line. */
export function withoutOtherPostings(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING.test(lines[i]!.trim())) {
      out.push(lines[i]!);
      continue;
    }
    while (i + 1 < lines.length && lines[i + 1]!.trim()) i++;
  }
  return out.join('\n');
}
