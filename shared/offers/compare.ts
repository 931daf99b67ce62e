// Offers side by side: every figure normalized to a yearly amount in the offer's currency, so a monthly base
// in one offer and an hourly one in another read on the same scale. Bonus and equity are the user's own words
// ("10%", "$15k", "$80,000 over 4 years"); the amounts they name are read, the words are kept beside them.
import type { Offer, PayPeriod } from '../domain/index.ts';
import { PER_YEAR, yearlyUsd } from '../match/salary.ts';

export interface YearlyFigure {
  /** Per year in the offer's currency; null when the text names no amount we can read. */
  yearly: number | null;
  /** What the user wrote (bonus, equity), or the base with its period. */
  text: string;
}

export interface NormalizedOffer {
  offerId: string;
  jobId: string;
  currency: string;
  base: YearlyFigure;
  bonus: YearlyFigure;
  equity: YearlyFigure;
  /** Base + bonus + equity per year (the parts that could be read). */
  total: number;
  /** The total in US dollars when the currency converts (for offers in different currencies). */
  totalUsd: number | null;
  startDate: string | null;
  respondBy: string | null;
  benefits: string;
}

const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([kKmM])?/;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/;
const OVER_YEARS = /(?:over|across|\/)\s*(\d+(?:\.\d+)?)\s*(?:years?|yrs?|y)\b/i;

/** An amount written like "15000", "15,000", "$15k" or "1.2M"; null when none. */
export function readAmount(text: string): number | null {
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const n = Number.parseFloat(m[1]!.replace(/,/g, ''));
  const unit = m[2]?.toLowerCase();
  return n * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1);
}

/** A bonus per year: a percentage of the yearly base, or an amount. */
export function yearlyBonus(text: string | undefined, yearlyBase: number | null): number | null {
  if (!text?.trim()) return null;
  const pct = PERCENT.exec(text);
  if (pct) return yearlyBase === null ? null : (yearlyBase * Number.parseFloat(pct[1]!)) / 100;
  return readAmount(text);
}

/** Equity per year: a grant "over N years" is spread across them; a bare amount is read as yearly. */
export function yearlyEquity(text: string | undefined): number | null {
  if (!text?.trim() || PERCENT.test(text)) return null;
  const amount = readAmount(text.replace(OVER_YEARS, ''));
  if (amount === null) return null;
  const years = OVER_YEARS.exec(text);
  return years ? amount / Number.parseFloat(years[1]!) : amount;
}

const PERIOD_WORD: Record<PayPeriod, string> = {
  HOUR: 'an hour',
  DAY: 'a day',
  WEEK: 'a week',
  MONTH: 'a month',
  YEAR: 'a year',
};

export function normalizeOffer(offer: Offer): NormalizedOffer {
  const currency = offer.currency ?? 'USD';
  const period = offer.period ?? 'YEAR';
  const baseYearly = offer.baseSalary === null ? null : offer.baseSalary * PER_YEAR[period];
  const bonus = yearlyBonus(offer.bonus, baseYearly);
  const equity = yearlyEquity(offer.equity);
  const total = (baseYearly ?? 0) + (bonus ?? 0) + (equity ?? 0);
  return {
    offerId: offer.id,
    jobId: offer.jobId,
    currency,
    base: {
      yearly: baseYearly,
      text: offer.baseSalary === null ? '' : `${offer.baseSalary} ${currency} ${PERIOD_WORD[period]}`,
    },
    bonus: { yearly: bonus, text: offer.bonus ?? '' },
    equity: { yearly: equity, text: offer.equity ?? '' },
    total,
    totalUsd: yearlyUsd(total, 'YEAR', currency),
    startDate: offer.startDate,
    respondBy: offer.respondBy,
    benefits: offer.benefits ?? '',
  };
}

export interface OfferComparison {
  offers: NormalizedOffer[];
  /** True when the offers are in more than one currency (compare by totalUsd then). */
  mixedCurrencies: boolean;
  /** The offer with the highest yearly total (in USD when currencies differ); null with no offers. */
  bestId: string | null;
}

/** Offers still on the table, highest yearly total first. Declined, expired and rescinded ones are left out. */
export function compareOffers(offers: Offer[]): OfferComparison {
  const open = offers.filter(
    (o) => o.status === 'pending' || o.status === 'negotiating' || o.status === 'accepted',
  );
  const normalized = open.map(normalizeOffer);
  const mixedCurrencies = new Set(normalized.map((o) => o.currency)).size > 1;
  const key = (o: NormalizedOffer) => (mixedCurrencies ? (o.totalUsd ?? -1) : o.total);
  normalized.sort((a, b) => key(b) - key(a));
  return { offers: normalized, mixedCurrencies, bestId: normalized[0]?.offerId ?? null };
}
