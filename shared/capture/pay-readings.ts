import { actualPayOverFullTimeEquivalent } from './normalize/actual-pay.ts';
import { statedRateOverAnnualized } from './normalize/annualized-pay.ts';
import {
  basePayOverAverageEarnings,
  basePayOverJoinedOte,
  basePayOverOte,
  basePayOverPackage,
} from './normalize/base-pay.ts';
import { employerPayOverConverted } from './normalize/converted-pay.ts';
import { entryRateOverRange } from './normalize/entry-rate.ts';
import { exactPayOverRounded } from './normalize/exact-pay.ts';
import { stipendOverLaterPay } from './normalize/intern-stipend.ts';
import { payNowOverLaterPay } from './normalize/later-pay.ts';
import { payBoundsOverPoint } from './normalize/pay-bounds.ts';
import { payForCountry } from './normalize/pay-by-country.ts';
import { payForPlace } from './normalize/pay-by-place.ts';
import { payOfOpeningLevel, payRowForLevel, paySpanOverLevels } from './normalize/pay-levels.ts';
import { yearOverPayPeriodFigure } from './normalize/pay-period-figure.ts';
import { paySpanOverRows, paySpanOverSteps } from './normalize/pay-rows.ts';
import { roleFigureOverWiderBand, roleRangeInsideBand } from './normalize/role-figure.ts';
import { rateOverTypicalEarnings } from './normalize/typical-earnings.ts';
import { updatedPayOverPosted } from './normalize/updated-pay.ts';
import { writtenPeriodOverUnit } from './normalize/written-period.ts';
import type { EmploymentType, Location, Salary } from './types.ts';

/** What a pay reading may consult besides the chosen salary. */
export interface PayContext {
  /** The description text. */
  text: string;
  /** The page's own text without other postings and board pay boxes (read lazily). */
  bodyText: () => string;
  title: string;
  locations?: Location[];
  employmentType?: EmploymentType | null;
  /** The value printed under a pay label beside the posting ("Rate" → "$52.15 p/h + super"). */
  payFact?: string;
}

type PayReading = [(s: Salary, c: PayContext) => Salary, string];

// The description's own figure over a tag's: the employer's pay where the board converted it, the
// pay offered now where the figure is the band after a conversion or a programme, the base where
// a tag carries on-target earnings or average earnings with commission, the exact range where a
// header rounds it, a part-time post's actual pay where its full-time equivalent was, the
// span where one rate of a table of rates, of a programme's years, of groups or of the levels an
// opening is hired at was picked, the opening's level's row where a whole pay table was, the job's
// place's band of bands per place, the job's country's band in its own currency, a scale's bounds
// where its midpoint was, the rate paid to the opening's group, the period the text writes where a
// data unit says otherwise, the year's pay where the text gives a pay period's figure (bi-weekly),
// this role's own figure where the band covers other routes or a whole level, the rate where data
// annualized it, an internship's stipend; last, the pay the text says this role was moved to since
// the figure was posted. Applied in order, each to the previous one's result.
const PAY_READINGS: PayReading[] = [
  [(s, c) => employerPayOverConverted(s, c.text, c.bodyText), "employer's pay, not the board's conversion"],
  [(s, c) => payNowOverLaterPay(s, c.text), 'the pay offered now, not the pay after a conversion'],
  [(s, c) => basePayOverOte(s, c.text), 'base pay, not on-target earnings'],
  [(s, c) => basePayOverJoinedOte(s, c.text), "base pay, not its minimum joined to on-target earnings' top"],
  [(s, c) => basePayOverPackage(s, c.text), 'base salary, not the total package'],
  [(s, c) => basePayOverAverageEarnings(s, c.text), 'base pay, not average earnings with commission'],
  [
    (s, c) => rateOverTypicalEarnings(s, c.text, c.payFact),
    'the rate the page states, not typical earnings with overtime and allowances',
  ],
  [(s, c) => exactPayOverRounded(s, c.text), 'exact pay, not a rounded copy'],
  [
    (s, c) => actualPayOverFullTimeEquivalent(s, c.text),
    "a part-time post's actual pay, not its full-time equivalent",
  ],
  [(s, c) => paySpanOverRows(s, c.text), 'the span of a table of rates'],
  [(s, c) => paySpanOverSteps(s, c.text), 'the span of rates by year of a programme or by group'],
  [(s, c) => paySpanOverLevels(s, c.text, c.title), 'the span of the levels the opening is hired at'],
  [(s, c) => payRowForLevel(s, c.text, c.title), "the opening's level's row, not the whole pay table"],
  [(s, c) => payOfOpeningLevel(s, c.text), "the opening's level's range, not the range of all levels"],
  [(s, c) => payForPlace(s, c.text, c.locations), "the band for the job's place, of bands per place"],
  [(s, c) => payForCountry(s, c.text, c.locations), "the band for the job's country, in its own currency"],
  [(s, c) => payBoundsOverPoint(s, c.text), 'the minimum to maximum of a labelled pay scale'],
  [
    (s, c) => entryRateOverRange(s, c.text, c.title),
    "the opening's own rate: everyone's entry rate, or its group's",
  ],
  [
    (s, c) => roleFigureOverWiderBand(s, c.text, c.title),
    "this role's own figure, not a band the posting says covers other routes or a whole level",
  ],
  [(s, c) => roleRangeInsideBand(s, c.text), "this role's own range, inside the band a tag or the data give"],
  [(s, c) => writtenPeriodOverUnit(s, c.text), 'the period the description writes, not the data unit'],
  [(s, c) => yearOverPayPeriodFigure(s, c.text), "a pay period's figure (bi-weekly) as the year's pay"],
  [
    (s, c) => statedRateOverAnnualized(s, c.text, c.employmentType),
    'the rate the description states, not its annualized figure',
  ],
  [
    (s, c) => stipendOverLaterPay(s, c.text, c.employmentType),
    "an internship's stipend, not the later job's pay",
  ],
  [(s, c) => updatedPayOverPosted(s, c.text), "the role's pay as the text updates it, not the posted figure"],
];

/** The salary after every reading, with the last reading that changed it; null when none did. */
export function readPay(salary: Salary, context: PayContext): { salary: Salary; detail: string } | null {
  let current = salary;
  let detail: string | null = null;
  for (const [read, why] of PAY_READINGS) {
    const better = read(current, context);
    if (better && better !== current) {
      current = better;
      detail = why;
    }
  }
  return detail ? { salary: current, detail } : null;
}
