import type { PatternRule } from './shared.ts';

/**
 * What a link box asks for, and what only names a site: a profile on a site versus one piece of work
 * on it (a pull request, a post), long questions that ask for writing rather than a link, and sites
 * named only as examples in a hint.
 */

/** A link only allowed beside the writing asked for ("a link is fine too", "links are welcome as well"). */
const LINK_ALLOWED = '\\blinks? (is|are|would be)( also)? (fine|great|ok|okay|welcome|acceptable)\\b';

/**
 * A long text that does not ask for a profile or a link ("Tell us about a deal … a post on LinkedIn"), or
 * that only allows a link beside it ("… if you posted it on LinkedIn, a link is fine too, but give us the short
 * version here"): the box asks for writing.
 */
export const LONG_TEXT_NOT_A_LINK = `^(?!.*\\b(url|link|profile|perfil|profil|profilo|username)\\b)(\\S+\\s+){14,}|^(?=(\\S+\\s+){14,}).*${LINK_ALLOWED}`;

/**
 * "not your LinkedIn", "please don't send your LinkedIn" with no earlier mention of the site: the only time
 * the text names it, it rules it out.
 */
const ruledOutSite = (site: string) =>
  `^(?:(?!${site}).)*\\b(not|never|don['’]?t)( (send|give|share|paste|link|include|use))?( (us|me))?( (a|an|the|your|my|just|only))? ${site}\\b`;

/**
 * A piece of work a link can point at. Named before the site ("a link to one pull request or commit you are proud
 * of (GitHub, GitLab, …)", forms-dev45), it is asked for just the same.
 */
const PIECE =
  '(articles?|posts?|pulse|newsletters?|issues?|gists?|pull requests?|merge requests?|prs?|commits?|discussions?|comments?|threads?|releases?|wiki|shots?)';

/**
 * The site first named as the home of a piece of work ("link a GitHub issue or gist", "a LinkedIn article, a
 * blog post, a deck"): the box asks for that piece, not the person's profile there. Only the first mention is
 * read, so "LinkedIn URL (or a LinkedIn post you are proud of)" still asks for the profile.
 */
export const pieceOnSite = (site: string) => `^(?:(?!${site}).)*\\b${site} ${PIECE}\\b`;

/**
 * "Paste a link to one pull request or commit you are proud of (GitHub, GitLab, …)" (forms-dev45): a link to a
 * piece of work, asked before any profile site is named, is that piece whatever sites follow. A site named first
 * ("GitHub URL (or a link to a gist)") still asks for the profile.
 */
const PIECE_FIRST = `^(?:(?!linked ?in|git ?hub|git ?lab|bitbucket|dribbble|behance).)*\\b(links?|urls?) to (one|a|an|any|some|the|your)\\b[^.?(]{0,30}\\b${PIECE}\\b`;

/**
 * A profile named only to rule it out ("answer here rather than pointing us to your LinkedIn", "a GitHub link
 * is fine; please not your LinkedIn profile"): the box asks for something else. The "not" must stand right
 * before the site, and the site must not be asked for first ("LinkedIn URL (not on LinkedIn? write N/A)").
 * A bare "no" is not read: Portuguese "no LinkedIn" is "on LinkedIn".
 */
export const PROFILE_RULED_OUT = [
  '\\b(rather than|instead of)\\b.{0,40}\\b(linked ?in|git ?hub|indeed|profile|link)',
  ruledOutSite('linked ?in'),
  ruledOutSite('git ?hub'),
  pieceOnSite('linked ?in'),
  pieceOnSite('git ?hub'),
  PIECE_FIRST,
].join('|');

/** A question about the candidate's experience that names a product or topic ("LinkedIn Ads",
 * "GitHub Actions", "salary benchmarking"), not a request for that datum. */
export const EXPERIENCE_QUESTION =
  '^(describe|explain|walk us through|give an example|(pick|choose|select) (one|a|an|your)\\b.{0,60}\\b(walk us through|tell us|explain|describe)|comparte|cuentanos|describe|vertel|beschrijf|beschreiben sie|erzahlen sie|partagez|decrivez|racontez|conte|fale|descreva|explique|racconta|descrivi|spiega)\\b|^(tell (us|me)|share) (about|how|a time|an example|your experience)|\\bexperience (with|in|using|running|of)\\b|\\bhave you (ever )?(used|worked|built|managed|run|maintained)\\b|familiar|proficien|\\bworkflows?\\b|\\bads\\b|\\bcampaigns?\\b';

/** The words that open a list of examples, in the languages the rules read (normalized: no accents). */
export const EXAMPLE_MARKER =
  '(e\\.? ?g\\.?|for example|for instance|such as|ex\\.|por ejemplo|p\\. ?ej\\.?|z\\. ?b\\.?|zum beispiel|par exemple|p\\. ?ex\\.|bijvoorbeeld|bijv\\.|bv\\.|ad esempio|per esempio|por exemplo)';
/** A hint that opens with an example ("e.g. $140k OTE", "(for example: 12 years)"): it shows an answer, it asks nothing. */
export const EXAMPLE_HINT = `^\\(?${EXAMPLE_MARKER}[\\s:,]`;
/** An answer shown as an example never names the field's type: the question does ("e.g. $95k OTE" under "What did you earn?"). */
export const AN_EXAMPLE_ANSWER: PatternRule = { re: EXAMPLE_HINT, score: 1, on: ['placeholder'] };
/** A list of examples ("e.g. LinkedIn, a friend, Indeed"): it names channels, it does not ask for a URL. */
export const EXAMPLE_LIST = `\\b${EXAMPLE_MARKER}[^/]*(,|\\bor\\b|\\bo\\b|\\boder\\b|\\bou\\b|\\bof\\b)`;

/** Three or more names in a row ("Naukri, LinkedIn, Instahyre, referral…"): the choices a box expects, not a URL. */
const BARE_LIST = '^(?!.*\\b(url|link|profile|address)\\b)([^,/:]+, ){2,}[^,/:]+$';

/** A site named only as an example in a hint never makes a field that site's URL box. */
export const NOT_AN_EXAMPLE: PatternRule = {
  re: `${EXAMPLE_LIST}|${BARE_LIST}`,
  score: 1,
  on: ['placeholder', 'description'],
};
