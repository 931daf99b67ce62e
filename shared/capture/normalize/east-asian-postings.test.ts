import { describe, expect, it } from 'vitest';
import { workTypeFromLabel } from './arrangement.ts';
import { parseSalary } from './salary.ts';

// Japanese, Korean and Chinese boards write pay in ten-thousands (万, 만) with the currency after it,
// and tag the arrangement in chips with no spaces between words.
describe('pay as Japanese, Korean and Chinese boards print it', () => {
  it.each([
    ['年収500万円～700万円', 5_000_000, 7_000_000, 'JPY', 'YEAR'],
    ['연봉 4,000~5,000만원', 40_000_000, 50_000_000, 'KRW', 'YEAR'],
    ['月給25万円〜35万円', 250_000, 350_000, 'JPY', 'MONTH'],
    ['时薪 25元', 25, 25, 'CNY', 'HOUR'],
  ])('%s', (text, min, max, currency, period) => {
    expect(parseSalary(text)).toMatchObject({ min, max, currency, period });
  });

  it.each([
    ['实习薪资 150-200元/天', 150, 200, 'CNY', 'DAY'],
    ['20-30K/月', 20_000, 30_000, null, 'MONTH'],
    ['时薪 25元/小时', 25, 25, 'CNY', 'HOUR'],
  ])('reads the period a slash names: %s', (text, min, max, currency, period) => {
    expect(parseSalary(text)).toMatchObject({ min, max, currency, period });
  });

  it('reads years of experience ("5-10年") as no pay', () => {
    expect(parseSalary('经验 5-10年 本科')).toBeNull();
  });

  it('reads "15-25K·13薪" as a month\'s pay, paid thirteen times a year', () => {
    expect(parseSalary('15-25K·13薪')).toMatchObject({ min: 15_000, max: 25_000, period: 'MONTH' });
  });

  it('keeps a lower bound written in full beside a shortened upper one ("$40,000 - 55k")', () => {
    expect(parseSalary('$40,000 - 55k')).toMatchObject({ min: 40_000, max: 55_000 });
  });
});

describe('arrangement chips in Japanese, Korean and Chinese', () => {
  it.each([
    ['在宅勤務週2日可', 'hybrid'],
    ['リモートワーク可', 'hybrid'],
    ['フルリモート', 'remote'],
    ['完全在宅', 'remote'],
    ['出社必須', 'onsite'],
    ['재택근무 가능', 'hybrid'],
    ['풀재택', 'remote'],
    ['混合办公', 'hybrid'],
    ['远程办公', 'remote'],
    ['现场办公', 'onsite'],
  ])('%s is %s', (chip, workType) => {
    expect(workTypeFromLabel(chip)).toBe(workType);
  });
});

describe('a figure with no currency on a page that names no country', () => {
  it("takes the currency of the site's country domain", async () => {
    const { localCurrency } = await import('./currency.ts');
    const s = { min: 15_000, max: 25_000, currency: null, period: 'MONTH' as const, text: '15-25K' };
    expect(localCurrency(s, undefined, 'www.example-zhipin.cn').currency).toBe('CNY');
    expect(localCurrency(s, undefined, 'www.example-jobs.co.kr').currency).toBe('KRW');
    expect(localCurrency(s, undefined, 'jobs.example.io').currency).toBeNull();
    expect(localCurrency(s, 'US', 'www.example.cn').currency).toBe('USD');
  });
});

describe('employment types as East Asian boards tag them', () => {
  it.each([
    ['实习', 'internship'],
    ['インターン', 'internship'],
    ['인턴', 'internship'],
    ['계약직', 'contract'],
    ['正社員', 'full_time'],
    ['全职', 'full_time'],
  ])('%s', async (chip, type) => {
    const { parseEmploymentType } = await import('./employment.ts');
    expect(parseEmploymentType(chip)).toBe(type);
  });
});

describe('addresses that run the city into the street', () => {
  it.each([
    ['上海浦东新区张江碧波路690号', '上海', 'CN'],
    ['深圳-南山区', '深圳', 'CN'],
    ['東京都港区芝浦3-4-1', '東京都', 'JP'],
    ['서울 강남구', '서울', 'KR'],
  ])('%s is in %s', async (raw, city, country) => {
    const { parseLocations } = await import('./location.ts');
    expect(parseLocations(raw)[0]).toMatchObject({ city, country });
  });
});
