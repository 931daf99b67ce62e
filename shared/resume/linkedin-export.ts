/**
 * LinkedIn's "Save to PDF" prints its side column first (Contact, Top Skills, Languages, Certifications,
 * Honors-Awards) and its main column after it: the name, the headline, the place, then "Summary" and
 * "Experience". Read in that order, the name and place fall under the side column's last heading
 * ("Certifications") and the resume has no header. The main column's first lines are put first again.
 */
const FIRST_MAIN = /^\s*(?:summary|about|experience)\s*$/i;
/** The export's own link line: "www.linkedin.com/in/… (LinkedIn)". */
const EXPORT_LINK = /linkedin\.com\/in\/\S+\s+\(LinkedIn\)\s*$/i;
/** The name: two to four words, letters only, not a heading in capitals' place ("Top Skills"). */
const NAME = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3}$/u;
/** The headline may wrap: the name is looked for this many lines above the place. */
const MAX_HEAD_LINES = 4;

export function mainColumnFirst(text: string): string {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim()) ?? '';
  if (!/^\s*contact\s*$/i.test(first) || !lines.some((l) => EXPORT_LINK.test(l))) return text;
  const main = lines.findIndex((l) => FIRST_MAIN.test(l));
  if (main < 2) return text;
  // The place stands just above "Summary"; the name a line or a few above it, over the headline.
  for (let at = main - 2; at >= Math.max(1, main - 1 - MAX_HEAD_LINES); at--) {
    if (!NAME.test(lines[at]!.trim())) continue;
    return [...lines.slice(at, main), '', ...lines.slice(0, at), ...lines.slice(main)].join('\n');
  }
  return text;
}
