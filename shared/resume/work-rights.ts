/**
 * Work rights as a resume states them ("Indian citizen. Requires visa sponsorship for roles outside
 * India. Willing to relocate to Europe"): where the person may work, whether they need sponsorship,
 * whether they would move, and how they want to work. Each rule is data with an id and a reason;
 * only sentences that state these things are read, and nothing is guessed.
 */
import type { WorkType } from '../domain/index.ts';
import { peopleIn, unionMembersIn } from '../geo/index.ts';
import { MOVE_RULES } from './work-rights-moves.ts';
import { countriesIn, NAME_RE, NAMES, type Rule, type WorkRightsDraft } from './work-rights-text.ts';

export type { WorkRightsDraft } from './work-rights-text.ts';

const NEGATED_NEED =
  /\b(?:no|not|never|don'?t|doesn'?t|without)\b[^.]{0,20}\b(?:require|need)|\bno (?:visa )?sponsorship (?:is )?(?:required|needed)/i;
/**
 * A permit that stays with the employer: the next one has to sponsor or apply for it ("a new employer
 * would need to apply for a new EP", "would need to be a recognised sponsor").
 */
const TIED_TO_EMPLOYER =
  /\b(?:new|next|another|future) employer\b[^.]{0,30}\b(?:must|would|will|has to|have to|needs? to)\b[^.]{0,30}\b(?:sponsor|apply for)/i;
/** A country's own name before the word ("US citizen", "NZ passport"), as its people's name is ("Irish citizen"). */
const NAMED_CITIZEN = new RegExp(
  `${NAME_RE.source}\\s+(?=(?:citizens?|citizenship|nationals?|passport)\\b)`,
  'gi',
);
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
const NEEDS_PERMIT = new RegExp(
  String.raw`\b(?:require|requires|need|needs|transfer)\b[^.]{0,30}\b${PERMIT}`,
  'i',
);

const RULES: Rule[] = [
  {
    id: 'citizen',
    reason: 'a citizenship or passport says where the person may work',
    test: /\b(?:citizens?|citizenship|nationals?|passport)\b/i,
    apply(s, d) {
      const head = s.split(/\b(?:citizens?|citizenship|nationals?|passport)\b/i)[0] ?? '';
      const found = [
        ...peopleIn(head),
        ...countriesIn(s, /\bcitizen of (?:the )?([a-z .]+)/gi, NAMES),
        ...countriesIn(s, NAMED_CITIZEN, NAMES),
      ];
      found.push(...unionMembersIn(head));
      // "Right to work: British and Irish citizen (UK and EU)": the parenthesis names the reach, not a
      // citizenship ("Brazilian citizen - Stamp 4 (free to work in Ireland)").
      const paren = /\(([^)]*)\)/.exec(s)?.[1];
      d.workAuthorization.push(...found, ...(paren ? countriesIn(paren, NAME_RE, NAMES) : []));
      d.citizenship.push(...found);
    },
  },
  {
    id: 'authorized',
    reason: '"authorized / eligible / right to work in X", "full working rights in X" name X',
    test: /\b(?:authori[sz]ed|eligible|entitled|permitted|right|permit|cleared)\b[^.]{0,15}\bwork\b|\bwork(?:ing)? rights\b/i,
    apply(s, d) {
      const m = this.test.exec(s);
      // "Requires an employment permit to work in Ireland" names a permit the person lacks.
      if (!m || (NEEDS_PERMIT.test(s) && !NEGATED_NEED.test(s))) return;
      // "(EU Blue Card)" says how, not where: parentheses are left out.
      const after = (
        s.slice(m.index + m[0].length).split(/\b(?:but|however|would|will)\b/i)[0] ?? ''
      ).replace(/\([^)]*\)/g, ' ');
      d.workAuthorization.push(...countriesIn(after, NAME_RE, NAMES));
    },
  },
  {
    id: 'green-card',
    reason: 'a US permanent resident (green card) may work in the US',
    test: /\b(?:green card|us permanent resident|u\.s\. permanent resident)\b/i,
    apply(_s, d) {
      d.workAuthorization.push('US');
      d.permanentResidence.push('US');
    },
  },
  {
    id: 'permanent-resident',
    reason: 'a permanent resident (PR, settled status, indefinite leave) may work where they reside',
    test: /\b(?:permanent residen(?:t|ce|cy)|PR holder|indefinite leave to remain|settled status)\b/i,
    apply(s, d, home) {
      const named = [...peopleIn(s), ...countriesIn(s, NAME_RE, NAMES)];
      if (/\bindefinite leave to remain|settled status\b/i.test(s)) named.push('GB');
      const where = named.length ? named : home ? [home] : [];
      d.workAuthorization.push(...where);
      d.permanentResidence.push(...where);
    },
  },
  {
    id: 'no-permit-needed',
    reason: "a person who no longer needs a permit (Ireland's Stamp 4) may work there",
    test: /\b(?:no longer|do not|don'?t|never) need (?:a |any )?(?:work |employment )?(?:permit|visa)\b|\bstamp 4\b/i,
    apply(s, d, home) {
      const named = [...peopleIn(s), ...countriesIn(s, NAME_RE, NAMES)];
      if (/\bstamp 4\b/i.test(s)) named.push('IE');
      d.workAuthorization.push(...(named.length ? named : home ? [home] : []));
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
  ...MOVE_RULES,
];

/** Read work rights from the lines a resume states them in (its header and summary). */
export function readWorkRights(lines: string[], home?: string): WorkRightsDraft {
  const draft: WorkRightsDraft = {
    workAuthorization: [],
    citizenship: [],
    permanentResidence: [],
    requiresSponsorship: null,
    relocateTo: [],
    workTypes: [],
    evidence: [],
  };
  const sentences = [...new Set(lines.flatMap((l) => l.split(/(?<=[.;!])\s+/)).map((s) => s.trim()))].filter(
    Boolean,
  );
  for (const sentence of sentences)
    for (const rule of RULES)
      if (rule.test.test(sentence)) {
        const before = JSON.stringify(draft);
        rule.apply(sentence, draft, home);
        if (JSON.stringify(draft) !== before)
          draft.evidence.push({ rule: rule.id, reason: rule.reason, text: sentence.trim() });
      }
  draft.workAuthorization = [...new Set(draft.workAuthorization)];
  draft.citizenship = [...new Set(draft.citizenship)];
  draft.permanentResidence = [...new Set(draft.permanentResidence)];
  draft.relocateTo = [...new Set(draft.relocateTo)];
  // Someone who would move for a job would work in its office: "open to remote; willing to relocate".
  // A move to another named country ("remote, or relocate to the UK") offers an office there only,
  // not one at home: the work types stay as said and matching reads the move (place.ts).
  const movesAbroadOnly = !!home && draft.relocateTo.length > 0 && !draft.relocateTo.includes(home);
  if (
    draft.willingToRelocate &&
    !movesAbroadOnly &&
    draft.workTypes.length &&
    !draft.workTypes.includes('onsite')
  ) {
    draft.workTypes = [...new Set<WorkType>([...draft.workTypes, 'hybrid', 'onsite'])];
    draft.evidence.push({
      rule: 'relocate-means-office',
      reason: 'willing to relocate, so an office role is acceptable too',
      text: draft.evidence.find((e) => e.rule === 'relocate')?.text ?? '',
    });
  }
  return draft;
}
