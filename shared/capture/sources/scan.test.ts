import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from './scan.ts';

describe('elements named like pay', () => {
  it("skips the value inside a board's salary-estimate box, keeps the employer's own", () => {
    const { document } = parseHTML(`<html><body><h1>Lagerist (m/w/d)</h1>
      <div class="pay-box" data-at="header-salary-estimate"><span class="pay-box__label">Gehalt</span>
        <span class="salary-value">38.000 – 42.000 €/Jahr</span><span>Geschätzt von Jobbörse</span></div>
      <p class="job-salary">2.900 € brutto im Monat</p></body></html>`);
    const page = scanPage(document);
    const texts = page.labelled.salary.map((el) => el.textContent?.trim());
    expect(texts).toEqual(['2.900 € brutto im Monat']);
    expect(page.dts.some((el) => el.textContent === 'Gehalt')).toBe(false);
  });
});

describe("a board's salary forecast box", () => {
  it('is not the posting pay', () => {
    const { document } = parseHTML(`<html><body><h1>Werkstudent Controlling (m/w/d)</h1>
      <aside class="salary-forecast"><h2>Gehaltsprognose</h2><p class="salary-forecast__range">31.000 € – 36.000 € / Jahr</p></aside>
      <div class="prognosis-salary"><span>Prognose</span><span>30.000 €</span></div>
      <p class="job-salary">15 € pro Stunde</p></body></html>`);
    const page = scanPage(document);
    expect(page.labelled.salary.map((el) => el.textContent?.trim())).toEqual(['15 € pro Stunde']);
    expect(page.boardPay.length).toBeGreaterThan(0);
  });
});

describe("a public employer's salary schedule", () => {
  it("is not the element holding this post's pay: its first row is another grade's", () => {
    const { document } = parseHTML(`<html><body><h1>Instructional Technology Specialist</h1>
      <table class="salary-schedule"><tr><td>11</td><td>$57,400</td><td>$74,600</td></tr>
        <tr><td>12</td><td>$61,200</td><td>$79,500</td></tr></table>
      <p class="job-salary">$61,200 - $79,500</p></body></html>`);
    const page = scanPage(document);
    expect(page.labelled.salary.map((el) => el.textContent?.trim())).toEqual(['$61,200 - $79,500']);
  });
});
