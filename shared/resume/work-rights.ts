/**
 * Work rights as a resume states them ("Indian citizen. Requires visa sponsorship for roles outside
 * India. Willing to relocate to Europe"): where the person may work, whether they need sponsorship,
 * whether they would move, and how they want to work. Each rule is data with an id and a reason;
 * only sentences that state these things are read, and nothing is guessed.
 */
import type { WorkType } from '../domain/index.ts';
import { peopleIn, unionMembersIn } from '../geo/index.ts';
import { MOVE_RULES } from './work-rights-moves.ts';
import { NEEDS_PERMIT, NEGATED_NEED, SPONSORSHIP_RULES } from './work-rights-sponsorship.ts';
import {
  countriesIn,
  NAME_RE,
  NAMED_CITIZEN,
  NAMES,
  type Rule,
  type WorkRightsDraft,
} from './work-rights-text.ts';

export type { WorkRightsDraft } from './work-rights-text.ts';

const RULES: Rule[] = [
  {
    id: 'citizen',
    reason: 'a citizenship or passport says where the person may work',
    test: /\b(?:citizens?|citizenship|nationals?|passport)\b|^nationality\s*:/i,
    apply(s, d) {
      // A European CV's labelled field ("Nationality: Irish", "Citizenship: British, Irish") names the
      // people after the label.
      const label = /^(?:nationality|citizenship)\s*:\s*(.*)$/i.exec(s)?.[1];
      const head = label ?? s.split(/\b(?:citizens?|citizenship|nationals?|passport)\b/i)[0] ?? '';
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
    id: 'swiss-permit',
    reason:
      'a Swiss residence permit (B) or settlement permit (C) lets its holder work in Switzerland; C is settlement',
    // "Swiss settlement permit C", "C permit", "permis B", "Niederlassungsbewilligung C", "Aufenthaltsbewilligung B"
    test: /\b(?:(?:swiss\s+)?(?:settlement|residence|residency|work)\s+permit\s+([BC])|([BC])[- ]permit|(?:permis|permesso)\s+([BC])|(niederlassungsbewilligung)|aufenthaltsbewilligung)\b/i,
    apply(s, d, home) {
      const m = this.test.exec(s)!;
      // A bare "B permit" is Swiss only where Switzerland is named or is the person's home ("Plan B permit" is not).
      const swissWord = /permis|permesso|bewilligung/i.test(m[0]);
      if (!swissWord && home !== 'CH' && ![...peopleIn(s), ...countriesIn(s, NAME_RE, NAMES)].includes('CH'))
        return;
      d.workAuthorization.push('CH');
      const letter = (m[1] ?? m[2] ?? m[3] ?? '').toUpperCase();
      if (letter === 'C' || m[4] || /\bsettlement\b/i.test(m[0])) d.permanentResidence.push('CH');
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
  ...SPONSORSHIP_RULES,
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
