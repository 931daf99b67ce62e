/**
 * What a posting says of the right to work there: whether it sponsors visas (or H-1B transfers only),
 * helps with relocation, asks for authorization in a named country, or is open to citizens only. Read
 * once per posting; the scorer weighs it against the person in place.ts.
 */

import { EMPLOYER_FILING, peopleIn } from '../geo/index.ts';
import { citizensOnly } from './citizenship.ts';
import { countriesIn } from './geo.ts';
import { supportsTn } from './tn-status.ts';
import type { ParsedPosting } from './types.ts';

const NO_SPONSOR =
  /\b(?:unable|not able|cannot|can(?:'|’)?t|will not|won(?:'|’)?t|do not|does not|don(?:'|’)?t|not)\s+(?:to\s+)?(?:currently\s+)?(?:offer|provide|support)?\s*(?:visa\s+|employment\s+|immigration\s+)?sponsor|\bwithout (?:the need for |requiring )?(?:current or future )?(?:visa |employment )?sponsorship|\bsponsorship (?:is )?not (?:available|offered|provided)|\bsponsorship\s*[:–-]\s*(?:not|no|none|unavailable)\b|\bno (?:visa )?sponsorship\b|\bnot eligible for (?:visa )?sponsorship/i;
/**
 * A posting that sponsors: "we sponsor", "sponsor H-1B visas", "visa sponsorship and relocation
 * offered", "will consider candidates who require visa sponsorship", or a perks line that starts with (or lists) visa sponsorship. Refusals are read first.
 * The perks line stands outside the leading word boundary: a line starts after a newline or a bullet.
 */
const SPONSOR =
  /\b(?:(?:visa|immigration) sponsorship\b[^.;]{0,40}\b(?:available|offered|provided|supported)|(?:we|will|can|happy to|able to) sponsor|sponsor(?:s|ing)? (?:[\w-]+ ){0,2}(?:visas?|work permits?|green cards?)|sponsorship (?:is )?available|offer (?:visa )?sponsorship|consider (?:candidates|applicants|applications)\b[^.]{0,30}\b(?:require|need)s? (?:visa |employment )?sponsorship|\b(?:residence |work |employment )?(?:visas?|work permits?)\b[^.\n]{0,30}\b(?:provided|arranged|paid for|covered)\b)|(?:^|\n)[ \t]*[-•*·]?[ \t]*(?:[\w ]{0,40}(?:and|,) )?visa sponsorship\b(?![^\n]{0,40}\b(?:not|no|unavailable)\b)/i;
/**
 * An employer that applies for the permit itself: "an IND recognised sponsor", "we can apply for a
 * highly skilled migrant permit", "the bank will apply for the relevant pass", "we support Employment
 * Pass applications", "applicants who require an Employment Pass are welcome". Only the employer's
 * own "we / will / can" counts, so "you will need to apply for a visa" does not.
 */
const APPLIES_FOR_PERMIT =
  /\b(?:recogni[sz]ed|licen[sc]ed|registered|approved) (?:visa |immigration )?sponsor\b|\b(?:we|will|can)\s+(?:also\s+)?(?:apply for|support|arrange|handle)\s+(?:a |an |the |your |relevant )*(?:[\w-]+\s+){0,3}?(?:visas?|(?:work |residence )?permits?|(?:employment |work |relevant )pass(?:es)?)\b|\b(?:visas?|pass|permits?)(?: holders)? (?:are |is )?welcome\b/i;
/**
 * The employer's own filing for the worker (geo/employer-filings.ts), supported or refused: "we support
 * LMIA applications and BC PNP Tech nominations", "we have supported LMIA and BC PNP applications";
 * "we are unable to support LMIA applications", "cannot support LMIA or work permit applications".
 */
const REFUSES_FILING = new RegExp(
  String.raw`\b(?:unable|not able|cannot|can(?:'|’)?t|will not|won(?:'|’)?t|do not|does not|don(?:'|’)?t|not)\s+(?:to\s+)?(?:currently\s+)?(?:support|offer|provide|file|apply for|sponsor)\s+(?:an?\s+|any\s+)?${EMPLOYER_FILING}`,
  'i',
);
const SUPPORTS_FILING = new RegExp(
  String.raw`\b(?:support|supports|supported|supporting|file|files|apply for|sponsor|sponsors)\s+(?:an?\s+|the\s+)?${EMPLOYER_FILING}`,
  'i',
);
/** "We support H-1B transfers … unable to sponsor a new petition": sponsorship for those already on one. */
const TRANSFERS =
  /\b(?:support|accept|sponsor|consider|welcome|handle|file)\w*\s+(?:\w+\s+){0,2}h-?1b\s+transfers?\b|\bh-?1b\s+transfers?\s+(?:are\s+|is\s+)?(?:supported|welcome|accepted|considered|possible)/i;
const NO_TRANSFERS = /\b(?:not|unable|cannot|can't|won't|no|including)\b[^.]{0,40}\bh-?1b\s+transfers?/i;

const RELOCATION =
  /\brelocation (?:assistance|support|package|bonus|is available|provided)|\bwe (?:will )?(?:help you )?relocate/i;
/**
 * Places by name: capitalised words ("United States", "the UK", "Canada and the US", "UK/EU"), never
 * the words after them ("the US or legally entitled to work in Canada" is two statements).
 */
const NAME = String.raw`[A-Z][\w.]*(?: (?:of )?[A-Z][\w.]*){0,3}`;
const PLACE = `${NAME}(?:(?:,? (?:and|or)(?: the)?|,|/) ?${NAME})*`;
/**
 * Each place the posting asks the right to work in: "authorized to work in the US", "the right to work in
 * the UK (Manchester) or be legally entitled to work in Canada (Toronto)", "full working rights in
 * Australia", "full Australian working rights". A posting hiring in two countries names both, and the
 * right to work in either is enough.
 */
const AUTH = new RegExp(
  String.raw`\b(?:authori[sz]ed|eligible|entitled|right|permitted|allowed) to work (?:in|within) (?:the )?(${PLACE})|\b(?:working|work) rights (?:in|for) (?:the )?(${PLACE})|\b([A-Z][a-z]+) (?:working|work) rights\b`,
  'g',
);
const authorizationCountries = (text: string) => [
  ...new Set(
    [...text.matchAll(AUTH)].flatMap((m) => (m[1] || m[2] ? countriesIn((m[1] ?? m[2])!) : peopleIn(m[3]!))),
  ),
];

type PostingRights = Pick<
  ParsedPosting,
  'authorizationCountries' | 'sponsorship' | 'transfersOnly' | 'supportsTn' | 'relocation' | 'citizensOnly'
>;

/** `jobCountry` stands in for "citizens only" when the posting names no country. */
export function postingRights(text: string, jobCountry?: string): PostingRights {
  const refuses = NO_SPONSOR.test(text) || REFUSES_FILING.test(text);
  const transfers = TRANSFERS.test(text) && !NO_TRANSFERS.test(text);
  return {
    authorizationCountries: authorizationCountries(text),
    sponsorship: transfers
      ? 'offered'
      : refuses
        ? 'none'
        : SPONSOR.test(text) || APPLIES_FOR_PERMIT.test(text) || SUPPORTS_FILING.test(text)
          ? 'offered'
          : 'unknown',
    transfersOnly: transfers && refuses,
    supportsTn: supportsTn(text),
    relocation: RELOCATION.test(text),
    citizensOnly: citizensOnly(text, jobCountry),
  };
}
