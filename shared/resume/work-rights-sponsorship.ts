/**
 * Sponsorship as a resume states it: whether the person needs a visa or permit sponsored by the next
 * employer ("will require H-1B sponsorship", "a new employer would need to apply for a new EP"), and
 * whether that need is scoped to other countries ("requires sponsorship for roles outside India").
 */
import { EMPLOYER_FILING } from '../geo/index.ts';
import { countriesIn, NAME_RE, NAMED_CITIZEN, NAMES, type Rule } from './work-rights-text.ts';

/** A need denied: "no sponsorship required", "do not need a visa", "without needing sponsorship". */
export const NEGATED_NEED =
  /\b(?:no|not|never|don'?t|doesn'?t|without)\b[^.]{0,20}\b(?:require|need)|\bno (?:visa )?sponsorship (?:is )?(?:required|needed)/i;
/**
 * A permit that stays with the employer: the next one has to sponsor or apply for it ("a new employer
 * would need to apply for a new EP", "would need to be a recognised sponsor").
 */
const TIED_TO_EMPLOYER =
  /\b(?:new|next|another|future) employer\b[^.]{0,30}\b(?:must|would|will|has to|have to|needs? to)\b[^.]{0,30}\b(?:sponsor|apply for)/i;
/**
 * Countries a sentence names as places, not as a citizenship ("citizen of India", "NZ passport"), nor
 * the word "us" ("would need to sponsor us").
 */
function placesNamed(text: string): string[] {
  const places = text
    .replace(/\bcitizen of (?:the )?[a-z .]+/gi, ' ')
    .replace(NAMED_CITIZEN, ' ')
    .replace(/\bus\b/g, ' ');
  return countriesIn(places, NAME_RE, NAMES);
}
const SCOPED = /\b(?:for|outside(?: of)?|in|to)\b[^.]{0,25}\b(?:roles?|positions?|jobs?|the|uk|us|eu)?\b/i;

/** A visa or a permit to work: Ireland and others call it an employment permit. */
const PERMIT = String.raw`(?:visas?|(?:work|employment) permits?)`;
/** "Requires a visa", "will need an employment permit for a new role", "transfer my visa". */
export const NEEDS_PERMIT = new RegExp(
  String.raw`\b(?:require|requires|need|needs|transfer)\b[^.]{0,30}\b${PERMIT}`,
  'i',
);

/** "LMIA-exempt", "LMIA-based" permits already held: the filing is named, not needed. */
const FILING_NOT_NEEDED = new RegExp(String.raw`\b${EMPLOYER_FILING}[- ]exempt\b`, 'i');

export const SPONSORSHIP_RULES: Rule[] = [
  {
    id: 'employer-filing',
    reason:
      'needing the employer to file for the person ("will need employer support (LMIA or a BC PNP nomination)") is needing sponsorship',
    test: new RegExp(String.raw`\b${EMPLOYER_FILING}\b`, 'i'),
    apply(s, d) {
      if (/\bsponsorship\b/i.test(s) || NEGATED_NEED.test(s) || FILING_NOT_NEEDED.test(s)) return;
      if (/\b(?:require|requires|need|needs)\b/i.test(s)) d.requiresSponsorship = true;
    },
  },
  {
    id: 'visa-holder',
    reason:
      'a work visa tied to the employer (H-1B, "need a visa / work permit", "a new employer would need to apply for a new pass") needs the next employer to sponsor',
    test: new RegExp(String.raw`\b(?:h-?1b|${PERMIT})\b|\b(?:new|next|another|future) employer\b`, 'i'),
    apply(s, d, home) {
      if (/\bsponsorship\b/i.test(s)) return; // the sponsorship rule reads that sentence
      if (NEGATED_NEED.test(s) || new RegExp(String.raw`\bno ${PERMIT}\b`, 'i').test(s)) return;
      const h1b = /\bh-?1b\b/i.test(s);
      const need = h1b || NEEDS_PERMIT.test(s) || TIED_TO_EMPLOYER.test(s);
      if (!need) return;
      // "a Skilled Worker visa for any UK-based role", from someone who lives elsewhere: that country only.
      const named = countriesIn(
        s.slice(s.search(new RegExp(String.raw`\b${PERMIT}\b`, 'i'))),
        NAME_RE,
        NAMES,
      );
      const scopedElsewhere =
        /\b(?:outside|other than|beyond)\b/i.test(s) ||
        (!h1b && !!home && named.length > 0 && !named.includes(home));
      if (!scopedElsewhere) d.requiresSponsorship = true;
    },
  },
  {
    id: 'sponsorship',
    reason: 'a stated need for visa sponsorship; scoped to other countries it is left to those countries',
    test: /\bsponsorship\b/i,
    apply(s, d, home) {
      if (NEGATED_NEED.test(s)) {
        d.requiresSponsorship = false;
        return;
      }
      if (!/\b(?:require|requires|required|need|needs|needed|will need|would need)\b/i.test(s)) return;
      const at = s.search(/sponsorship/i);
      const clause = s.slice(at);
      // "a role based outside Ireland would need visa sponsorship": the scope may come first, and so
      // may the place it is about ("US-based roles would need sponsorship", from someone in Toronto).
      const before = placesNamed(s.slice(0, at));
      const scopedElsewhere =
        /\b(?:outside|other than|beyond)\b/i.test(s) ||
        (SCOPED.test(clause) && countriesIn(clause, NAME_RE, NAMES).length > 0) ||
        (!!home && before.length > 0 && !before.includes(home));
      if (!scopedElsewhere) d.requiresSponsorship = true;
    },
  },
];
