/**
 * Requirement lines split into required vs preferred, for matching. Reads the plain description:
 * a heading like "Requirements", "What you'll need", "Qualifications" opens a required section;
 * "Nice to have", "Preferred", "Bonus points" opens a preferred one; any other heading closes it.
 */

const REQUIRED_HEAD =
  /^(?:(?:minimum|basic|required|key|essential|core)\s+)?(?:requirements?|qualifications?|skills(?: (?:and|&) experience)?|experience)\b|^(?:what|who)\s+(?:you(?:'|’)ll|you will|you)\s+(?:need|bring|have)|^(?:who you are|you have|you bring|you are|you might be a fit|about you|must[- ]haves?|what we(?:'|’)re looking for|what we are looking for|what we look for|what you bring|your profile|ihr profil|dein profil|profil recherché)/i;
const PREFERRED_HEAD =
  /^(?:preferred|desired|bonus|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|plus(?:es)?|extra credit|it(?:'|’)s a plus|ideally|strong candidates may also|even better|pluspunkte|wünschenswert|would be great)|\b(?:nice to have|preferred qualifications|bonus points)\b/i;

export interface Requirements {
  required: string[];
  preferred: string[];
}

/** Section names that close a requirements list. */
const OTHER_HEAD =
  /^(?:about|benefits|perks|what we offer|what you(?:'|’)ll (?:do|get)|responsibilities|your (?:role|responsibilities|impact)|the role|who we are|our (?:team|mission|values|culture)|compensation|salary|pay|location|how to apply|why join|equal opportunity|diversity|the team|in this role|what you will do|day to day|job description|overview|summary)\b/i;

function isHeading(line: string): boolean {
  if (line.startsWith('•') || line.length > 90 || line.split(' ').length > 10) return false;
  if (/:\s*$/.test(line)) return true;
  return REQUIRED_HEAD.test(line) || PREFERRED_HEAD.test(line) || OTHER_HEAD.test(line);
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
    if (isHeading(line)) {
      sawBullet = false;
      if (PREFERRED_HEAD.test(bare)) mode = 'pref';
      else if (REQUIRED_HEAD.test(bare)) mode = 'req';
      else if (!line.startsWith('•')) mode = 'none';
      continue;
    }
    if (mode === 'none') continue;
    // A plain paragraph after the section's bullets closes the section.
    if (!line.startsWith('•') && sawBullet) {
      mode = 'none';
      continue;
    }
    if (line.startsWith('•')) sawBullet = true;
    // Inside a required list, a line that says "preferred"/"nice to have" itself belongs to preferred.
    const bucket =
      mode === 'pref' || /\b(?:preferred|nice to have|is a plus|a plus|bonus)\b/i.test(bare) ? pref : req;
    if (bare.length >= 2 && bucket.length < 60) bucket.push(bare.slice(0, 500));
  }
  return { required: req, preferred: pref };
}
