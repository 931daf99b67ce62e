/**
 * The roles a resume says the person is after ("Seeking Financial Controller or Finance Manager roles",
 * "Looking for: iOS Engineer roles", "Seeking my first instructional design role"). Only a sentence that
 * says so is read; the titles come back as written, one per alternative.
 */
const WANT =
  /\b(?:seeking|looking for|targeting|pursuing|interested in)\s*:?\s*(?:(?:my|a|an|the)\s+)?(?:(?:first|next|new)\s+)?(.{3,90}?)\s+(?:roles?|positions?|jobs?|opportunities|posts?)\b/i;
/**
 * A move into a field rather than a title: "Looking for my next step in operations, inventory or supply
 * chain: …", "moving into product management". The fields stand in for titles.
 */
const MOVE =
  /\b(?:(?:my|a)\s+(?:next\s+)?(?:step|move|transition|switch|pivot|career change)|(?:looking|hoping|keen|ready)\s+to\s+(?:move|transition|switch|pivot)|(?:moving|transitioning|switching|pivoting))\s+(?:in|into|to(?:wards)?)\s+(?:(?:a|an|the)\s+)?([^:.;()]{3,80})/i;
/** "Finance Manager or Financial Controller", "instructional design / learning design", "PM, TPM". */
const ALTERNATIVES = /\s*(?:\/|,|\bor\b|\band\b|&)\s*/i;
/** What a role is not: ways of working and places ("remote", "hybrid", "in Singapore"). */
const NOT_A_TITLE =
  /^(?:full[- ]time|part[- ]time|contract|permanent|local|new|other|similar)$|\b(?:remote|hybrid|on-?site|relocat\w*)\b/i;

export function readTargetTitles(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // The move first: "looking for my next step in operations … roles" names fields, not a title.
    const wanted =
      MOVE.exec(line)?.[1].replace(/\s+(?:roles?|positions?|jobs?|opportunities|posts?)\b.*$/i, '') ??
      WANT.exec(line)?.[1];
    if (!wanted) continue;
    for (const part of wanted.replace(/\bin\s+[A-Z][\w\s]*$/, '').split(ALTERNATIVES)) {
      const title = part.trim().replace(/^(?:a|an)\s+/i, '');
      const words = title.split(/\s+/).length;
      if (!title || words > 5 || NOT_A_TITLE.test(title)) continue;
      const nice = title.replace(/^\w/, (c) => c.toUpperCase());
      if (!out.some((t) => t.toLowerCase() === nice.toLowerCase())) out.push(nice);
    }
  }
  return out;
}
