import type { Salary } from '../types.ts';

const DOLLAR_COUNTRIES: Record<string, string> = {
  AU: 'AUD',
  CA: 'CAD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
};
const DOLLAR_TLDS: ReadonlyArray<[RegExp, string]> = [
  [/\.au$/, 'AUD'],
  [/\.ca$/, 'CAD'],
  [/\.nz$/, 'NZD'],
  [/\.sg$/, 'SGD'],
];

/** A bare "$" is the local dollar when the job (or the board's country domain) is outside the US. */
export function localDollar(s: Salary, country: string | undefined, host: string) {
  if (s.currency !== 'USD' || !s.text || !/(?:^|[^A-Z])\$/.test(s.text) || /US\$|USD/.test(s.text)) return s;
  const local = (country && DOLLAR_COUNTRIES[country]) || DOLLAR_TLDS.find(([re]) => re.test(host))?.[1];
  return local ? { ...s, currency: local } : s;
}

const KRONE_COUNTRIES: Record<string, string> = { NO: 'NOK', DK: 'DKK' };
const KRONE_TLDS: ReadonlyArray<[RegExp, string]> = [
  [/\.no$/, 'NOK'],
  [/\.dk$/, 'DKK'],
];

/** A bare "kr" is the Norwegian or Danish krone when the job (or the board's country domain) is there. */
export function localKrone(s: Salary, country: string | undefined, host: string) {
  if (s.currency !== 'SEK' || !s.text || !/\bkr\b/i.test(s.text) || /SEK/i.test(s.text)) return s;
  const local = (country && KRONE_COUNTRIES[country]) || KRONE_TLDS.find(([re]) => re.test(host))?.[1];
  return local ? { ...s, currency: local } : s;
}
