/**
 * Whether the person would move, where to, and how they want to work: the last work-rights rules read
 * on each sentence ("Willing to relocate to the UK", "open to remote or hybrid roles").
 */
import type { WorkType } from '../domain/index.ts';
import { knownCity, parsePlace } from '../match/geo.ts';
import { withoutRefusals } from '../text/refusals.ts';
import { ROLE_NOUN } from './targets.ts';
import { countriesIn, NAME_RE, NAMES, type Rule } from './work-rights-text.ts';

/** "Willing to relocate", "happy to move abroad", "I would relocate". */
const WILL_MOVE =
  /\b(?:willing|open|happy|ready|able|keen|plan(?:ning)?)\b[^.]{0,60}\b(?:reloca|abroad|overseas)|\b(?:would|could|can|will)\s+(?:also\s+)?(?:consider\s+)?reloca/i;
/**
 * A move named among the things the person is after: "Looking for remote roles …, or a relocation to
 * Germany with visa sponsorship". Not when the search itself is refused ("not looking for …").
 */
const WANTS_A_MOVE =
  /(?<!\b(?:not|never|n[’']t)\s+)\b(?:looking for|seeking|open to|interested in|considering)\b[^.]*\b(?:or|and)\s+(?:a\s+|an?\s+\w+\s+)?reloca/i;

/**
 * A search kept to the person's own area: "a Phoenix-area hospital", "in the Chicago area (city or
 * suburbs)", "Greater Toronto Area", "Denver metro", "metropolitan Melbourne", "Dublin or the commuter
 * belt". Only in a sentence that says what the person is after, so a past "across the Greater Boston
 * area" is no limit.
 */
const HOME_AREA =
  /\b[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?(?:-[Aa]rea\b|\s+(?:[Aa]rea|[Mm]etro(?:politan)?(?: [Aa]rea)?)\b)|\b[Gg]reater\s+[A-Z][\w.'’]*|\b[Mm]etropolitan\s+[A-Z]|\bcommuter belt\b|\bcommut(?:e|ing) distance\b/g;
const SEEKING = /\b(?:looking for|seeking|want|open to|interested in|targeting|available for)\b/i;
/**
 * Work beyond the area named as another choice: "in Greater Manchester or the North West, or a hybrid
 * role elsewhere in England" is no limit to the area.
 */
const BEYOND_AREA = /\b(?:elsewhere|anywhere(?:\s+else)?)\s+in\b/i;

/**
 * A city named beside remote as the other way to work: "Seattle or remote (US)", "in Paris or fully
 * remote", "remote in the US or in Austin", "Columbus-area positions or fully remote roles". Its office is
 * welcome too.
 */
const CITY_OR_REMOTE = new RegExp(
  String.raw`\b([A-Z][\p{L}.'’]*(?:[\s-][A-Z][\p{L}.'’]*){0,2})(?:[\s-]area)?(?:\s+${ROLE_NOUN})?\s+(?:or|\/)\s+(?:fully\s+)?remote\b|\bremote\b[^.;]*?\bor\s+(?:in\s+)?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)?)`,
  'u',
);
const namesCityOrRemote = (s: string) => {
  const m = CITY_OR_REMOTE.exec(s);
  const words = (m?.[1] ?? m?.[2])?.split(/\s+/) ?? [];
  // "New York City", "York City", "City": the city is the longest run of its words that is one.
  return words.some((_, i) => !!knownCity(words.slice(i).join(' ')));
};

/** Where the places a person may work remotely end: another option, or the roles they are after. */
const NEXT_CHOICE = new RegExp(String.raw`,\s*or\b|\b${ROLE_NOUN}|\b(?:that|which|who)\b`, 'i');

/**
 * The cities a search names for its role ("an applied scientist or research scientist role in Zurich
 * or Berlin"): a city in another country than home is a move offered there. Only in a sentence about
 * what the person is after, and not in what they turn down.
 */
const CITIES_SOUGHT = new RegExp(
  String.raw`\b(?:for|looking for|seeking|want|open to|interested in|targeting)\b[^.]*?\b${ROLE_NOUN}\s+(?:based\s+)?in\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s+(?:or|and)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)`,
  'u',
);

export const MOVE_RULES: Rule[] = [
  {
    id: 'cities-sought',
    reason: 'a search naming a city in another country: a move offered there',
    test: CITIES_SOUGHT,
    apply(s, d, home) {
      const m = CITIES_SOUGHT.exec(withoutRefusals(s));
      if (!m || !home || d.willingToRelocate === false) return;
      const abroad = [m[1]!, m[2]!]
        .filter((c) => knownCity(c))
        .map((c) => parsePlace(c).country)
        .filter((c): c is string => !!c && c !== home);
      if (!abroad.length) return;
      d.willingToRelocate = true;
      d.relocateTo.push(...abroad);
    },
  },
  {
    id: 'home-area',
    reason: 'a search limited to the area the person lives in',
    test: new RegExp(`${HOME_AREA.source}|${CITY_OR_REMOTE.source}`, 'u'),
    apply(s, d) {
      // One area only: "the Bay Area or New York" names two places to work, not a limit. A move said
      // elsewhere, before or after, wins over the area named as the first choice. One city as the
      // place to work in person beside remote ("hybrid in Chicago or remote US") is such an area too.
      const areas = s.match(HOME_AREA)?.length ?? 0;
      if (
        (areas === 1 || (areas === 0 && namesCityOrRemote(s))) &&
        d.willingToRelocate === undefined &&
        SEEKING.test(s) &&
        !/\breloca/i.test(s) &&
        !BEYOND_AREA.test(s)
      )
        d.willingToRelocate = false;
    },
  },
  {
    id: 'relocate',
    reason: 'a stated willingness (or refusal) to relocate',
    test: /\breloca(?:te|ting|tion)\b|\b(?:abroad|overseas)\b/i,
    apply(s, d) {
      // A move named only in what the person turns down ("not open to hybrid, on-site or relocating").
      const said = withoutRefusals(s);
      if (
        /\b(?:not|no|unable|won'?t|cannot|can'?t)\b[^.]{0,25}\b(?:reloca|abroad|overseas)/i.test(s) ||
        !/\breloca|\babroad|\boverseas/i.test(said)
      )
        d.willingToRelocate = false;
      else if (WILL_MOVE.test(said) || WANTS_A_MOVE.test(said)) {
        d.willingToRelocate = true;
        // "(EU Blue Card / highly skilled migrant)" says how, not where: parentheses are left out.
        const after = s.slice(s.search(/reloca|abroad|overseas/i)).replace(/\([^)]*\)/g, ' ');
        d.relocateTo.push(...countriesIn(after, NAME_RE, NAMES));
      }
    },
  },
  {
    id: 'work-types',
    reason: 'the ways of working the person says they are open to',
    // "moving from the bedside into a remote review role" names the way of working the move is for.
    test: /\b(?:open to|looking for|prefer|seeking|interested in|available for|(?:moving|transitioning|switching|pivoting)\b[^.]*\binto)\b[^.]*\b(?:remote|hybrid|on-?site|in-office)\b|\bremote[- ]only\b/i,
    apply(s, d) {
      // Ways of working the sentence turns down are not asked for: "remote, not open to hybrid".
      const said = withoutRefusals(s);
      // "Remote only", "I only work fully remote", "only open to remote roles".
      if (/\bremote[- ]only\b|\bonly\s+(?:[\w-]+\s+){0,3}?remote(?:ly)?\b/i.test(said)) {
        d.workTypes = ['remote'];
        return;
      }
      const types: WorkType[] = [];
      if (/\bremote\b/i.test(said)) types.push('remote');
      if (/\bhybrid\b/i.test(said)) types.push('hybrid');
      if (/\bon-?site\b|\bin-office\b/i.test(said)) types.push('onsite');
      // "Seattle or remote": an office in that city, hybrid or on-site, unless the sentence says which.
      if (types.length === 1 && types[0] === 'remote' && namesCityOrRemote(said))
        types.push('hybrid', 'onsite');
      d.workTypes = [...new Set([...d.workTypes, ...types])];
      // "remote within UK/Ireland": where they may work remotely is where they may work.
      // Up to the next choice: in "remote in Canada, or US-remote roles that hire people in Canada"
      // the US is where the employer is, not where the person may work.
      const within = /\bremote (?:within|in|from) ([^.;)]*)/i.exec(said)?.[1]?.split(NEXT_CHOICE)[0];
      if (within) d.workAuthorization.push(...countriesIn(within, NAME_RE, NAMES));
    },
  },
];
