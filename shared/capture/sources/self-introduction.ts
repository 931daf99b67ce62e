import { squash, textOf } from '../dom.ts';
import { bodyOf } from '../page-body.ts';
import { isJobSiteName, type PageSignals } from './page.ts';
import { namesBoard } from './site-name.ts';
import type { Picked } from './title-company.ts';

/**
 * The employer a posting introduces in its opening sentence, as small employers write on classifieds,
 * community and freelance sites where the site's name is no employer's: "I own Wildfern Candle Co., a
 * small …", "We're Brightwell Analytics, a 12-person SaaS company", "Saltbush Plumbing Pty Ltd is a
 * family plumbing business", "Cedar Run Apartments, a 64-unit community in Millbrook, seeks …", "Little
 * Fig Bakery is hiring!". Only the first sentence of the page's description or of its first paragraphs:
 * later sentences name clients, partners and products.
 */

// A name as written: capitalised words, with the joiners and legal forms names carry.
const WORD = String.raw`(?:\p{Lu}[\p{L}\d'’.-]*|\d[\p{L}\d]*)`;
const JOIN = String.raw`(?:&|and|of|the|de|la|for|Pty|Ltd\.?|Inc\.?|LLC|Co\.?|Corp\.?|GmbH)`;
const NAME = String.raw`(${WORD}(?:\s+(?:${WORD}|${JOIN})){0,6}?)`;
const GREETING = String.raw`^(?:(?:hi|hello|hey)(?:\s+(?:all|everyone|there|folks|neighbou?rs|team))?[!,.]+\s*)?`;

const OPENINGS: readonly RegExp[] = [
  // "I own X, a …", "We're X, a …", "We are X —", "I run X."
  new RegExp(
    String.raw`${GREETING}(?:I|We)\s*(?:own|run|manage|founded|are|['’]re|am the owner of)\s+${NAME}(?=\s*[,.;—–-]|\s+\()`,
    'u',
  ),
  // "X is a family plumbing business", "X is an …", "X is hiring", "X is looking for", "X are a …"
  new RegExp(
    String.raw`${GREETING}${NAME}\s+(?:is|are)\s+(?:a|an|the|hiring|looking|seeking|searching|recruiting|growing)\b`,
    'u',
  ),
  // "X, a 64-unit community in Millbrook, seeks …"
  new RegExp(
    String.raw`${GREETING}${NAME},\s+(?:a|an)\s[^,.]{3,80},\s+(?:seeks|is\s+(?:hiring|looking|seeking))\b`,
    'u',
  ),
];

/** Words that open a sentence in the name's place without being a name ("This role is a …", "Our client is …"). */
const NOT_A_NAME =
  /^(?:this|that|the|our|your|my|it|there|here|we|you|they|he|she|i|a|an|what|who|why|how|if|as|at|in|on|for|with|job|role|position|company|client|team|candidate|applicant|position|please|note|hiring|now)\b/i;

/** The first sentence of a text (up to 300 characters). */
const firstSentence = (t: string) =>
  squash(t)
    .replace(new RegExp(GREETING, 'iu'), '')
    .slice(0, 300)
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';

export function employerIntroduced(sig: PageSignals): Picked | null {
  const description = sig.description;
  const body = sig.doc ? bodyOf(sig.doc) : null;
  const paragraphs = body
    ? Array.from(body.querySelectorAll('p, [dir=auto], .Linkify'))
        .slice(0, 40)
        .map((p) => squash(textOf(p, 600)))
        .filter((t) => t.length > 40)
        .slice(0, 4)
    : [];
  for (const text of [description, ...paragraphs]) {
    const sentence = firstSentence(text);
    for (const re of OPENINGS) {
      // A full stop ends the sentence unless it ends an abbreviation ("Co.", "Inc.").
      const raw = re.exec(sentence)?.[1] ?? '';
      const name = /\b(?:Co|Inc|Ltd|Corp)\.$/.test(raw) ? raw : raw.replace(/\.$/, '');
      if (name && !NOT_A_NAME.test(name) && ownName(name, sig))
        return { value: name, conf: 0.5, detail: 'employer the posting introduces in its first sentence' };
    }
  }
  return null;
}

/** A name of its own: not the board's, not a job site's ("Day Home" is a business here, not a link home). */
const ownName = (name: string, sig: PageSignals) =>
  name.length > 2 && name.length < 60 && !namesBoard(name, sig) && !isJobSiteName(name);
