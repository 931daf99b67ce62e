import { ENGLISH_MONTH } from './dates.ts';

/**
 * A hire that runs between two dates, as retailers, warehouses and resorts post their peak and
 * holiday jobs: "Peak-season hire: October 13 through January 9", "This is a holiday position, 1
 * December to 4 January", "Employment runs from June 2 until August 29". The job has an end date, so
 * it is temporary even where a "Full time" time type gives its hours. Only the job itself with both
 * dates: a closing date, a start date, an application window ("applications from … to …") or a
 * training period is not the term of the job. The job noun may carry a word or two of its own kind
 * ("This is a max-term contract from 27 October to 1 February", "a casual role from 2 to 20
 * December"): the two dates still bound the job; a permanent or ongoing one is not a term.
 */
const DAY_MONTH = `(?:${ENGLISH_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${ENGLISH_MONTH}\\.?)(?:,?\\s+\\d{4})?`;
const JOB_NOUN = '(?:hire|role|position|job|post|contract|assignment|appointment|employment|engagement)';
const SEASON = '(?:peak|holiday|seasonal|season|summer|winter|christmas|festive|harvest|ski|busy)';
const DATED_TERM = new RegExp(
  `\\b(?:(?:this|the|your|a|an)\\s+(?:(?!permanent\\b|ongoing\\b)[\\w-]+\\s+){0,2}?(?:${SEASON}[- ](?:season[- ])?)?${JOB_NOUN}|${SEASON}[- ](?:season[- ])?${JOB_NOUN}|employment)` +
    `(?:\\s+(?:is|runs|lasts|will run|will last))?\\s*(?:[:,(–—-]\\s*)?(?:from\\s+)?${DAY_MONTH}\\s*(?:through|thru|to|until|till|–|—|-)\\s*${DAY_MONTH}`,
  'i',
);

export const datedTermInProse = (text: string): boolean => DATED_TERM.test(text.slice(0, 60_000));
