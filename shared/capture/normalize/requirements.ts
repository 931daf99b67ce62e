import { headingKind, inlineLabel, PREFERRED_ANYWHERE, type SectionKind } from './sections.ts';

/**
 * Requirement lines split into required vs preferred, for matching. Reads the plain description:
 * a heading like "Requirements", "What you'll need", "Qualifications" opens a required section;
 * "Nice to have", "Preferred", "Bonus points" opens a preferred one; any other heading closes it.
 */

export interface Requirements {
  required: string[];
  preferred: string[];
}

/**
 * A heading's kind by the shared section reader; a short line ending in a colon that it does not
 * know is still a heading, of some other section, and closes the list.
 */
function headingOf(line: string): SectionKind | 'other' | null {
  if (line.startsWith('•') || line.length > 90 || line.split(' ').length > 10) return null;
  return headingKind(line) ?? (/:\s*$/.test(line) ? 'other' : null);
}

export function splitRequirements(text: string, maxLines = 400): Requirements {
  const req: string[] = [];
  const pref: string[] = [];
  let mode: 'none' | 'req' | 'pref' = 'none';
  let sawBullet = false;
  const lines = text.slice(0, 100_000).split('\n', maxLines);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const bare = line.replace(/^•\s*/, '');
    const inline = line.startsWith('•') ? null : inlineLabel(line);
    const heading = inline?.kind ?? headingOf(line);
    if (heading) {
      sawBullet = false;
      mode = heading === 'preferred' ? 'pref' : heading === 'required' ? 'req' : 'none';
      // "Nice to have: Kafka, dbt": the label opens the section and its content is the first line.
      if (inline && mode !== 'none') (mode === 'pref' ? pref : req).push(inline.rest.slice(0, 500));
      continue;
    }
    if (mode === 'none') continue;
    // A plain paragraph after the section's bullets closes the section.
    if (!line.startsWith('•') && sawBullet) {
      mode = 'none';
      continue;
    }
    if (line.startsWith('•')) sawBullet = true;
    // Inside a required list, a line that says "preferred"/"a plus" itself belongs to preferred; a
    // mid-line "ideally" ("Solid SQL, ideally PostgreSQL") qualifies only its own clause here.
    const bucket = mode === 'pref' || PREFERRED_ANYWHERE.test(bare) ? pref : req;
    if (bare.length >= 2 && bucket.length < 60) bucket.push(bare.slice(0, 500));
  }
  return { required: req, preferred: pref };
}
