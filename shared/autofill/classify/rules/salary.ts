import { AN_EXAMPLE_ANSWER, EXPERIENCE_QUESTION } from './links-asked.ts';
import { L, LN, type PatternRule, TEXTY, type TypeRule } from './shared.ts';

/**
 * A salary box inside a work-history entry ("WorkExperiences[0].Salary" beside its "Hours per week", NEOGOV,
 * forms-dev63): what that job paid, not the pay asked for. Named so in the markup or in the entry's caption.
 */
const PAST_JOB_PAY: PatternRule = {
  re: '\\bwork ?experiences?\\b|\\bemployment ?histor|\\bwork ?histor|\\bjob ?histor|\\b(previous|prior|past|former) (job|employ\\w*|position)',
  score: 1,
  on: ['name', 'group'],
};

/** The pay the person asks for, never what they earn now or the range a posting states. */
export const SALARY_RULES: TypeRule[] = [
  {
    type: 'salary_expectation',
    // (a radio group too: "Which base salary range matches your expectations?" over ranges to pick one of)
    kinds: [...TEXTY, 'select', 'radio-group', 'textarea'],
    positive: [
      // (pl) (ja) (zh) (es): the pay asked for
      {
        re: 'oczekiwania finansowe|oczekiwan\\w* (placow|wynagrodz)|希望年収|希望給与|期望(月|年)?薪|薪资要求|salario deseado',
        score: 0.85,
        on: L,
      },
      {
        // ("Min. acceptable hourly rate", "Lowest acceptable base salary": the floor of what is asked, forms-dev47)
        // (sales pay is asked as "OTE", on-target earnings; the rate or pay may be called base or starting, "Desired base
        // hourly rate", forms-dev44)
        re: 'salary|compensation|\\bote\\b|on[- ]target (earnings|compensation|pay)|(pay|wage) (expectation|requirement)s?|(desired|expected|requested) (base |starting )?(hourly |annual )?(pay|wage)s?\\b|\\b(pay|wage)( rate)? desired\\b|expected ctc|\\bctc\\b|(desired|expected) (base |starting )?(hourly |daily )?rate|(what|which) ((hourly|annual|yearly|monthly|base) ){0,2}((pay|wage) )?(pay|rate|wage)( range| band| bracket)? (are|do|would) you\\b|(hoping|looking|asking) for.{0,20}\\bpay\\b|\\b(pay|rate|wage|salary)\\b[^?.]{0,25}\\b(you.re|you are|you.d be|you would be) (hoping|looking|asking|aiming) for\\b|(want|like|hope|hoping|expect) to (make|earn)|(minimum|min\\.?|lowest|least)\\b.{0,30}\\b(pay|rate|salary|wage)\\b.{0,30}\\baccept|\\b(minimum|min\\.?|lowest) (acceptable|accepted) ((hourly|annual|yearly|base|starting) ){0,2}(pay|rate|salary|wage)\\b',
        score: 0.95,
        on: [...LN, 'context'],
      },
      // The pay a move would take: "What package would you move for?" (forms-dev48), "What salary would you leave your
      // job for?", "How much would it take for you to switch?" is not asked without pay named.
      {
        re: '\\b(what|which|how much)\\b[^?]{0,20}\\b(package|salary|pay|rate|remuneration|compensation)\\b[^?]{0,20}\\bwould (you|it take)\\b[^?]{0,20}\\b(move|leave|switch|join|come|change|jump|relocate)\\b',
        score: 0.95,
        on: L,
      },
      // A caption naming only the wish ("Hoping for", "Desired", "Target") beside "Now" under a pay heading
      // ("Compensation (CAD, annual base)", forms-dev48): too weak alone (under 0.5), enough with the heading's own match.
      {
        re: '^(what you.re |what you are )?(hoping for|desired|expected|target|wanted|asking|looking for|ideal|wish)$',
        score: 0.48,
        on: ['label'],
      },
      {
        re: 'gehalt|salaire|salari(al|ales)|remuneration|salario|sueldo|pretension|salaris|retribuzione|stipendio|pretensao salarial|\\bral\\b|pretentions',
        score: 0.9,
        on: L,
      },
      // (sv) löneanspråk, lönekrav, önskad lön; (no) lønnsforventning, lønnskrav; (da) lønforventning, lønkrav,
      // also written apart ("Hvad er din løn forventning?")
      {
        re: 'lone ?ansprak|lone ?krav|onskad (manads|ars)?lon\\b|lonn?s? ?(forventning|krav|onske)',
        score: 0.9,
        on: L,
      },
    ],
    negative: [
      // (ja) (zh) (pl): what the person earns now
      {
        re: '現在の年収|現年収|(目前|当前)(的)?(月|年)?薪|(obecne|aktualne) wynagrodzenie|(현재|직전|최종)[^가-힣]{0,3}(\\(최종\\))?\\s?연봉',
        score: 1,
        on: L,
      },
      // `curSalary`, `cur_salary`: the pay the person has now, named in the markup
      { re: '\\bcur(r)? ?(salary|pay|ctc|wage)\\b', score: 1, on: ['name'] },
      // What the person earns now (de, fr, es, pt, it, nl, sv, no, da) is not what they ask for.
      {
        re: '\\b(aktuell\\w*|derzeitig\\w*|letzte\\w*|actuel(le)?|dernier|actual|atual|attuale|emprego atual|ultimo|ultima|huidige?|nuvarande|navaerende|nuvaerende)\\b',
        score: 1,
        on: L,
      },
      {
        re: '\\b(current|present|most recent)\\b.{0,35}\\b(salary|compensation|pay|ctc|ote|package|earnings)|\\b(salary|pay|compensation|ote|earnings)\\b.{0,12}\\b(today|right now|at the moment|currently)\\b|\\bcurrently (earn|make|paid)|^(?!.*\\bexpect).*\\brange for this|transparen|posted|disclos|(last|previous|past|prior|former) (job|role|position|employer)|\\b(ending|final|leaving|exit) (salary|pay|wage|rate|compensation)\\b|\\blast drawn\\b|\\b(salary|pay|wage|rate) (when|on) (you )?(left|leaving)\\b|\\b(in|at) (your|my) (current|present|most recent)( or (most recent|last|previous|latest))?\\b.{0,20}\\b(job|role|position|employer|company)\\b|\\b(are|were) you (currently |now )?paid\\b|\\bdo you (currently |now )?(earn|make|get paid)\\b|offered|history|comfortable|(ok|okay) with',
        score: 1,
        on: [...L, 'name'],
      },
      // "If you currently teach in a state system, what is your salary scale?": a question set in the person's
      // present job asks the pay they have, unless it asks what they expect or want.
      {
        re: '^(?!.*\\b(expect\\w*|desired?|hop(e|ing)|looking for|asking|would like|want\\w*)\\b).*\\bcurrently\\b[^?]{0,60}\\b(salary|pay|compensation|wage|earnings)\\b',
        score: 1,
        on: L,
      },
      // "Which point of the salary scale are you on now?", "What pay band are you on?": the place the person is
      // on, on a scale, band or salary, is the pay they have now (forms-dev45).
      {
        re: '\\b(salary|pay|wage|compensation)\\b[^?]{0,40}\\b(are|were) you (currently |now )?on\\b|\\byou(re| are) (currently |now )?on\\b[^?]{0,30}\\b(salary|pay|wage)\\b',
        score: 1,
        on: L,
      },
      // A caption that only says "Current" (beside "Expected", under a "CTC" or "Salary" legend) is what the
      // person earns now: the legend names the pay, the caption which one.
      { re: '^(current|present|now|today|currently|at present)$', score: 1, on: ['label'] },
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
      AN_EXAMPLE_ANSWER,
      // The unit picked beside the amount ("Currency" in the salary question's group, "Pay Frequency",
      // "Salary period", `desiredPayFrequency`) is not the amount.
      {
        // ("Currency of the salary figures above", forms-dev108; "Desired salary per", the unit beside the amount, forms-dev97)
        re: '^((salary|pay|wage) )?(currency|wahrung|devise|moneda|divisa|valuta|moeda|waluta)$|\\bcurrency (of|for)\\b|\\b(salary|pay|wage|rate) per$',
        score: 1,
        on: ['label'],
      },
      {
        re: '\\b(salary|pay|wage|rate|compensation)\\s?(frequency|period|interval|basis|unit|type|schedule|cycle)\\b|^(frequency|period|periodicite|periodicidad|periodicidade|zeitraum)$',
        score: 1,
        on: ['label', 'name'],
      },
    ],
    // a list of currency codes ("EUR €", "USD $", "CHF") picks the unit, whatever question it sits under
    veto: [
      { re: '^[a-z]{3}\\b[^|a-z0-9]{0,3}( \\| [a-z]{3}\\b[^|a-z0-9]{0,3})+$', score: 1, on: ['options'] },
      PAST_JOB_PAY,
    ],
  },
];
