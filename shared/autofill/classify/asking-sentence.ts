/**
 * Which sentence of a long label is the question. A label often sets a scene or adds help around what
 * it asks ("This role is remote from select states. Which state will you work from?"), and a site
 * named in that scene or help is not what is asked for.
 */

/** A sentence-ending stop after a word, not an abbreviation ("np.", "e.g.", "bzw."); a closing bracket may end one too. */
const STOP = String.raw`(?:\p{L}{3}|-\p{L}{2}|\))\s*(?<!\b(?:bzw|usw|ggf|evtl|inkl|zzgl|vgl|etc|incl|approx|resp))[.!]`;
/**
 * Labels that say more than they ask, and which of their sentences is the question (capture group 1),
 * with the fewest words that question may have. The other sentences set the scene or help; a site they
 * name ("If your LinkedIn says so, paste a link") is not asked for.
 */
const ASKING_SENTENCE: [RegExp, number][] = [
  // scene, then the question: "This role is remote from select states. Which state will you work from?"
  [new RegExp(String.raw`^[^?]*${STOP}\s+([^.!?]+\?)$`, 'u'), 3],
  // scene, question, hint: "Tell us about your work history. Where do you work now? (Type none if …)"
  [new RegExp(String.raw`^[^?]*${STOP}\s+([^.!?]+\?)\s+[^?]+$`, 'u'), 4],
  // a request, then help: "Please list any certifications. If they are on your LinkedIn, name them."
  [
    new RegExp(
      String.raw`^((?:please |kindly )?(?:list|describe|tell|provide|share|explain|give|name|outline|summari[sz]e|link us|send us|show us|point us)\b[^.!?]*${STOP})\s+\S`,
      'u',
    ),
    4,
  ],
  // the question, then help: "Which ERP systems have you used? If your LinkedIn says so, paste a link."
  // (A caption of a word or three after it is a compound widget's part: "What's your name? Last name".)
  [/^([^?]{12,}\?)\s+(?:[^\s|]+\s+){3}[^?|]*$/, 3],
];
const bracketLeftOpen = (t: string) => (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);

/** The sentence of a label that asks, when the label says more than it asks; else the whole label. */
export function askedAfterContext(label: string): string {
  for (const [re, minWords] of ASKING_SENTENCE) {
    const m = re.exec(label);
    if (!m) continue;
    // the scene or request must end where it seems to: no bracket left open across the stop
    const before = label.slice(0, label.indexOf(m[1]!));
    if (bracketLeftOpen(before || m[1]!)) continue;
    if (m[1]!.split(/\s+/).length >= minWords) return m[1]!;
  }
  return label;
}
