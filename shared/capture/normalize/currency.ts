import type { Salary } from '../types.ts';

/** The currency a job's pay is in where the page prints none, by the job's country. */
export const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  IN: 'INR',
  JP: 'JPY',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CN: 'CNY',
  KR: 'KRW',
  TW: 'TWD',
  BR: 'BRL',
  ZA: 'ZAR',
  AE: 'AED',
  SA: 'SAR',
  QA: 'QAR',
  MY: 'MYR',
  PH: 'PHP',
  ID: 'IDR',
  TH: 'THB',
  VN: 'VND',
  KE: 'KES',
  NG: 'NGN',
  TR: 'TRY',
  RU: 'RUB',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  IL: 'ILS',
  ...Object.fromEntries(
    [
      'IE',
      'DE',
      'FR',
      'ES',
      'IT',
      'NL',
      'BE',
      'AT',
      'PT',
      'FI',
      'GR',
      'LU',
      'SK',
      'SI',
      'EE',
      'LV',
      'LT',
      'HR',
    ].map((c) => [c, 'EUR']),
  ),
};

/**
 * The country a site's address names: its country domain ("zhipin.cn", "saramin.co.kr", "seek.com.au") or a
 * global board's country subdomain ("au.indeed.com", "ca.indeed.com"). Only countries with a currency above:
 * ".io", ".ai" or ".co" name no country a job is in.
 */
function countryOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  for (const label of [labels.at(-1) ?? '', labels.length > 2 ? labels[0]! : '']) {
    const code = label === 'uk' ? 'GB' : label.toUpperCase();
    if (code.length === 2 && COUNTRY_CURRENCY[code]) return code;
  }
  return undefined;
}
/** Currencies written with a bare "$" at home (the US dollar aside). */
export const DOLLARS: ReadonlySet<string> = new Set(['AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'MXN']);
/** The home currency of the job's country, else of the site's country domain. */
const homeOf = (country: string | undefined, host: string) =>
  COUNTRY_CURRENCY[country ?? ''] ?? COUNTRY_CURRENCY[countryOfHost(host) ?? ''];

/** A bare "$" is the local dollar when the job (or the board's country domain) is outside the US. */
export function localDollar(s: Salary, country: string | undefined, host: string) {
  if (s.currency !== 'USD' || !s.text || !/(?:^|[^A-Z])\$/.test(s.text) || /US\$|USD/.test(s.text)) return s;
  const home = country ? COUNTRY_CURRENCY[country] : undefined;
  const site = COUNTRY_CURRENCY[countryOfHost(host) ?? ''];
  const local = (home && DOLLARS.has(home) ? home : null) || (site && DOLLARS.has(site) ? site : null);
  return local ? { ...s, currency: local } : s;
}

/**
 * A figure printed without a currency ("Compensation: 62K-70K"): the job's country's currency, else
 * that of the site's country domain.
 */
export function withHomeCurrency(s: Salary, country: string | undefined, host = ''): Salary {
  const home = s.currency ? undefined : homeOf(country, host);
  return home ? { ...s, currency: home } : s;
}

/** A bare "kr" is the Norwegian or Danish krone when the job (or the board's country domain) is there. */
export function localKrone(s: Salary, country: string | undefined, host: string) {
  if (s.currency !== 'SEK' || !s.text || !/\bkr\b/i.test(s.text) || /SEK/i.test(s.text)) return s;
  const home = country ? COUNTRY_CURRENCY[country] : undefined;
  const site = COUNTRY_CURRENCY[countryOfHost(host) ?? ''];
  const krone = (c: string | undefined) => (c === 'NOK' || c === 'DKK' ? c : null);
  const local = krone(home) || krone(site);
  return local ? { ...s, currency: local } : s;
}

/**
 * The currency a salary is really in, from the job's country and the board's domain: a bare "$" or
 * "kr" is the local one, and a figure with no sign is in the home currency.
 */
export function localCurrency(s: Salary, country: string | undefined, host: string): Salary {
  return withHomeCurrency(localKrone(localDollar(s, country, host), country, host), country, host);
}
