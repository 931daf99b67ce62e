/**
 * What an employer files so that a foreign worker may stay with it, by the name each country gives
 * it: Canada's Labour Market Impact Assessment (LMIA) and a provincial nomination (a PNP such as BC
 * PNP Tech, which the employer supports with a job offer). A person who needs one needs the
 * employer's sponsorship, and a posting that supports one (or refuses to) says whether it sponsors.
 * Read by the resume's work rights and by the posting's (match/posting-rights.ts).
 */
export const EMPLOYER_FILING = String.raw`(?:LMIA|labou?r market impact assessment|(?:[A-Z]{2} )?PNP|provincial nomin(?:ee|ation))`;
