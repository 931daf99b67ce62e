/**
 * Work a posting names beside its own: the people it hands off to, works with or leads ("hand off to
 * onboarding and customer success", "partner with solutions engineers on discovery", "line-manage the
 * teaching assistant team"), the backgrounds it welcomes ("we also welcome customer success managers
 * who want to move into new business", "candidates from teaching backgrounds") and the work it sends
 * to other openings. Those words name someone else's job, or the person's past one, never the job
 * itself; a reader of what the job is takes them out first.
 */

/**
 * Who the job works with or hands to. "with"/"alongside" after a verb of working together, "to"
 * after a hand-off; "bring in" calls a colleague in.
 */
const BESIDE =
  /\b(?:hand(?:s|ing)?[\s-]*(?:off|over)\s+to|hand-?offs?\s+to|(?:partner|collaborat|liais|coordinat)\w*\s+(?:closely\s+)?with|work(?:s|ing)?\s+(?:closely\s+|hand in hand\s+|side by side\s+)?(?:with|alongside)|alongside|bring(?:s|ing)?\s+in)\s+/gi;
/**
 * Who the job leads: "line-manage the SEND teaching assistant team", "direct the work of teaching
 * assistants", "a team of eleven teaching assistants". The people a post manages are not its work.
 */
const LED =
  /\b(?:line[\s-]*manag(?:e|es|ing)|manag(?:e|es|ing)|lead(?:s|ing)?|direct(?:s|ing)?|deploy(?:s|ing)?|oversee(?:s|ing)?|supervis(?:e|es|ing))\s+(?:and\s+\w+\s+)?(?:the\s+work\s+of\s+)?(?=(?:the|a|an|our|your|its|their)\s)|\bteam\s+of\s+/gi;
/** The backgrounds a posting welcomes: "we also welcome", "welcome applications from". */
const WELCOMED =
  /\b(?:we\s+)?(?:also\s+)?welcome\s+(?:(?:applications|applicants|candidates|people)\s+(?:from|with)\s+)?/gi;

/**
 * The named group ends where the clause turns to what is done with them ("on discovery", "with clear
 * goals", "who want to move into new business"): a preposition, a relative word or punctuation.
 * At most fourteen words ("the trust's mathematics network of heads of department and its primary
 * maths leads on transition"), so a run-on clause is left as it is.
 */
const NAMED =
  /^(?:[\w/&'’-]+\s+){0,13}?[\w/&'’-]+(?=\s+(?:on|for|with|who|that|to|in|into|when|as|so|during|at|from|through|by|across|throughout|about)\b|\s*[,.;:!?()\n]|\s*$)/i;

/** "from customer success or account management backgrounds": the backgrounds named. */
const BACKGROUNDS = /\bfrom\s+(?:(?:a|an|other)\s+)?(?:[\w/&'’-]+\s+){0,5}?[\w/&'’-]+\s+backgrounds?\b/gi;

/**
 * Experience asked in any one of three or more fields ("2+ years in renewals, account management,
 * customer success or inside sales at a SaaS company"): each is a background the posting accepts, the
 * person's past, not the job's work. Not "5+ years in customer success", nor two fields ("product
 * analytics or data science" is often the job's own field said twice); nor a list of what the work was
 * for ("performance marketing for DTC, subscription or e-commerce brands"): a field has no preposition.
 */
const ITEM = String.raw`(?:(?!(?:for|in|at|on|with|of|to|and)\b)[\w/&'’-]+\s+){0,3}?(?!(?:for|in|at|on|with|of|to|and)\b)[\w/&'’-]+`;
const EITHER_BACKGROUND = new RegExp(
  String.raw`(?<=\b(?:years?|experience)\s+(?:of\s+experience\s+)?(?:in|of|with|from)\s+)(?:an?\s+)?${ITEM}(?:\s*,\s*${ITEM})+,?\s+or\s+${ITEM}(?=\s+(?:at|in|for|within|roles?|positions?)\b|\s*[,.;:()\n]|\s*$)`,
  'gi',
);

/**
 * A group that names people ("the teaching assistant team", "six teaching assistants"), not a
 * thing the job leads ("the design of our onboarding programme").
 */
const PEOPLE = /(?:\bteams?|\bstaff|(?:er|or|ist|ant|ent|ian|ee)s|\bTAs)$/i;

/** Where each group of people named after `lead` starts and ends in `text`. */
function namedAfter(lead: RegExp, text: string, people?: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(lead)) {
    const from = (m.index ?? 0) + m[0].length;
    const named = text.slice(from).match(NAMED)?.[0];
    if (named && (!people || people.test(named))) spans.push([from, from + named.length]);
  }
  return spans;
}

/**
 * "If you are looking for a retention or onboarding role, our Customer Success team is the right
 * place": what the posting sends elsewhere. Only with a word of sending ("right place", "other
 * openings"): "if you are looking for a role where you own the whole cycle" describes this one.
 */
const SENT_ELSEWHERE =
  /\bif you(?:'re|’re| are| were)? (?:looking|hoping|searching) for\b[^.!?\n]*\b(?:(?:right|better) (?:place|fit|team)|other (?:roles|openings|teams?)|see our|openings there)\b[^.!?\n]*/gi;

/**
 * Who is in a team the job leads, in brackets after its size ("lead our people team of four (two HR
 * Advisors, a People Coordinator and a Payroll Officer)"): people it manages, not its work.
 */
const MEMBERS = /(?<=\bteam\s+of\s+(?:\w+\s+){0,2}?)\([^()]{0,200}\)/gi;

/**
 * The text with each group of people it works beside or welcomes taken out (replaced by a space),
 * the members of a team it leads, and what it sends elsewhere.
 */
export function withoutInPassing(text: string): string {
  const spans = [
    ...namedAfter(BESIDE, text),
    ...namedAfter(LED, text, PEOPLE),
    ...namedAfter(WELCOMED, text),
    ...[...text.matchAll(MEMBERS)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  ].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    if (from < at) continue;
    out += `${text.slice(at, from)} `;
    at = to;
  }
  return (out + text.slice(at))
    .replace(BACKGROUNDS, ' ')
    .replace(EITHER_BACKGROUND, ' ')
    .replace(SENT_ELSEWHERE, ' ');
}
