/**
 * Wordings that ask whether the employer must act for the person's immigration status: each is the
 * sponsorship question, and so never the right-to-work one. Read by rules/work-rights.ts.
 */

/**
 * The employer acting on the person's immigration status: filing a petition or immigration paperwork for the person
 * ("Will continuing in this job ever depend on <company> filing immigration paperwork for you?", forms-dev42), or taking
 * action to obtain, extend or maintain ("keep", "retain") their work authorization, or petitioning for a status ("Would the
 * State have to petition for, or extend, an employment-based immigration status …?", forms-dev46). Needing that is
 * needing sponsorship.
 */
export const PETITION =
  '\\b(file|filing|submit|extend|transfer)\\w*\\b[^?]{0,40}\\bpetition|\\bpetition (for|on behalf of)\\b[^?]{0,60}\\b(immigration|visa|status|permit|authori[sz]ation)\\b|\\b(file|filing|submit|lodg)\\w*\\b[^?]{0,20}\\bimmigration (paperwork|papers|forms?|applications?|filings?|cases?)\\b[^?]{0,20}\\b(for you|on your behalf)\\b|\\bdepend\\w* on\\b[^?]{0,40}\\b(file|filing|submit|lodg)\\w*\\b[^?]{0,20}\\b(immigration|visa|permit)\\b|\\btake action to (obtain|extend|maintain|renew)|\\b(obtain|extend|maintain|renew)\\w*,? (or|and) (extend|maintain|renew|keep|retain)\\w*,? (a |an |your |the )?([a-z.]+ )?(work )?(visa|authori[sz]ation|status|permit)';

/**
 * A labour-market test the employer must pass (Canada's LMIA / EIMT, (de) the Federal Employment Agency's
 * consent, "Zustimmung der Bundesagentur für Arbeit"), or a permit tied to that employer ("an employer-specific
 * (closed) work permit", "a work permit tied to <company>"), or what the employer submits for one ("an employer-specific
 * offer of employment through the IRCC Employer Portal", "a new residence title tied to this job", forms-dev47), its kind
 * put in brackets ("an employer-specific (closed) work permit", forms-dev48), or (de) the Federal Employment Agency's
 * pre-approval ("Vorabzustimmung", forms-dev48) the employer obtains.
 */
export const LABOUR_MARKET_TEST =
  'labou?r market impact assessment|\\b(lmia|eimt)\\b|etude d.impact sur le marche du travail|employer-specific\\b[^?]{0,24}\\b(permit|(job )?offer)|\\(?closed\\)? work permit|federal employment agency|vorabzustimmung|\\b(permit|visa|residence title) (that is |which is )?(tied|bound) to\\b|zustimmung der (bundesagentur fur arbeit|arbeitsagentur|\\bba\\b)|vorrangprufung';

/**
 * The employer applying for the person: "would you need us to process / apply for a work permit",
 * "would <company> need to apply for an employment pass for you", "would <company> need to apply to the Migration
 * Agency for a work permit on your behalf", "would <company> have to apply to <the agency> for a work permit before you
 * could start" (the company named as the one who applies; "would <company> have to apply for a residence permit for you
 * (for example an EU Blue Card …)", forms-dev44), "would you need us to obtain a work permit on your
 * behalf", "our support with the embassy to obtain a work visa", "would we need to start a visa or residence-permit process
 * for you", "which kind of visa would <company> need to file for, transfer or extend?" (the visa named first), "would you
 * need <company> to apply for a Critical Skills Employment Permit for you" (the company named before the permit), (de)
 * "… Aufenthaltstitels …, bei deren Beantragung wir Sie unterstützen müssten", (fr) "… en votre nom", (pt) "em seu nome".
 * Sponsorship, and so never the right-to-work question.
 */
export const EMPLOYER_APPLIES =
  '\\bneed (?!(you|i|time|more|to)\\b)([\\w.&-]+ ){1,3}to (apply|file) for\\b[^?]{0,60}\\b(permits?|visas?|pass(es)?)\\b|(us|we|the company) to (apply|file) for (a |an |your )?(work |employment |residence |residency )?(permit|visa)|(us|we|the company) to (obtain|secure|get|request)\\b.{0,30}\\b(permit|visa)\\b.{0,20}\\b(on your behalf|for you)\\b|\\bour (support|assistance|help)\\b[^?]{0,60}\\b(visa|permit)\\b|(aufenthaltstitel|arbeitserlaubnis|visum)\\w*\\b[^?]{0,80}\\b(wir|uns)\\b[^?]{0,40}\\bunterstutz|(us|we|the company) to (process|handle|arrange)\\b.{0,20}\\b(visa|permit)|\\bneed to (apply|file)\\b[^?]{0,80}\\b(permit|visa|pass)\\b[^?]{0,30}\\b(for you|on your behalf)\\b|\\b(would|will|must) (?!(you|i)\\b)([\\w.&-]+ ){1,3}(have|need) to (apply|file)\\b[^?]{0,40}\\bfor (a |an |your )?(work |employment |residence |residency )?(permit|visa|pass|(eu )?blue card)\\b|\\b(we|us|the company)\\b[^?]{0,20}\\b(start|begin|initiate|open)\\w*\\b[^?]{0,40}\\b(visa|permit)\\b[^?]{0,30}\\b(process|procedure|application)\\b|\\b(visa|permit|pass)\\b (would|will|must) (?!(you|i)\\b)([\\w.&-]+ ){1,3}(have|need) to (apply|file|petition)\\b|\\ben (votre|ton) nom\\b|\\bem (seu|teu) nome\\b|\\ben (su|tu) nombre\\b';

/**
 * The person needing the employer to act in an immigration matter, whatever the verb: "need us to back an
 * immigration case", "need <company> to take action with immigration authorities", "need <company> to act as the
 * petitioning employer for a work visa", "would taking this job depend on us backing an employer-specific work permit" (forms-dev48;
 * not "depend on holding a visa"). Whoever must act is named between "need" and "to" (not "need you to
 * provide your immigration documents"). Sponsorship, and so never the right-to-work question.
 */
export const EMPLOYER_IMMIGRATION_CASE =
  '\\bdepend\\w* on (?!(you|your|my|a|an|holding|having|getting|obtaining|keeping)\\b)([\\w.&-]+ ){1,2}\\w+ing\\b[^?]{0,60}\\b(immigration|visa|permit|petition)|\\b(need|require)\\w*\\b (?!(you|your|proof|documents?|evidence)\\b)([\\w.&-]+ ){1,4}to\\b[^?]{0,60}\\b(immigration|visa|petition)';
