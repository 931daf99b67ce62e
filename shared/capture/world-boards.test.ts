import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { parseEmploymentType } from './normalize/employment.ts';

/** National boards outside the English-speaking world, and pages as scrapers keep them. */
const now = () => new Date('2026-01-15T00:00:00Z');
const read = (body: string, url = 'https://www.board.example/ilan/4172083', head = '') =>
  extractJob(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document, url, {
    now,
    adapters: [],
  }).fields;
const TEXT = (line: string) => `<div class="description"><p>${line.repeat(6)}</p></div>`;

describe('facts and words of boards abroad', () => {
  it('reads a Turkish board\'s "Çalışma Şekli" and "Çalışma Tercihi" facts', () => {
    const f =
      read(`<h1>Kurumsal Satış Uzmanı</h1>${TEXT('Kurumsal müşterilere ofis mobilyası satışı yapacak ekip arkadaşı arıyoruz. ')}
      <ul><li><span>Çalışma Şekli</span> Tam Zamanlı</li><li><span>Çalışma Tercihi</span> Hibrit</li></ul>`);
    expect(f.employmentType).toBe('full_time');
    expect(f.workType).toBe('hybrid');
  });

  it('reads hours and contract words in Chinese, Japanese and Korean chips', () => {
    expect(parseEmploymentType('全职')).toBe('full_time');
    expect(parseEmploymentType('兼职')).toBe('part_time');
    expect(parseEmploymentType('アルバイト')).toBe('part_time');
    expect(parseEmploymentType('정규직')).toBe('full_time');
  });

  it("reads the rouble under its old code, as Russian boards' structured data writes it", () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Java-разработчик',
      description: 'Разработка сервисов на Java и Spring. '.repeat(8),
      hiringOrganization: { name: 'СеверТехСофт' },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'RUR',
        value: { minValue: 150000, maxValue: 200000, unitText: 'MONTH' },
      },
    };
    const f = read(
      '<h1>Java-разработчик</h1>',
      'https://rabota.example.ru/vacancy/1',
      `<script type="application/ld+json">${JSON.stringify(posting)}</script>`,
    );
    expect(f.salary).toMatchObject({ min: 150_000, max: 200_000, currency: 'RUB', period: 'MONTH' });
  });
});

describe('pages as scrapers keep them', () => {
  it('finds the whole description on a prettified page, indentation and all', () => {
    const section = (title: string, line: string) => `
                <section class="job__section">
                    <h2>
                        ${title}
                    </h2>
                    <p>
                        ${line.repeat(3)}
                    </p>
                </section>`;
    const f = read(`<article><h1>Technical Writer</h1><div class="job__body">
      ${section('About us', 'We build payment APIs for small online shops across Ireland. ')}
      ${section('The role', 'You will write reference docs and guides for our public API. ')}
      ${section('What you bring', 'Three years of writing developer documentation in English. ')}</div></article>`);
    expect(f.descriptionText).toContain('payment APIs');
    expect(f.descriptionText).toContain('developer documentation');
  });

  it('names the employer in bold before the place on a compact mobile page the page introduces', () => {
    const f = read(
      `<h1>Seasonal Sales Associate</h1><div class="c"><b>Hollis Garden Center</b> &middot; <span class="loc">Grand Rapids, MI 49525</span></div>
      ${TEXT('Help customers choose plants and keep the floor stocked during spring. ')}
      <div><p class="h">About Hollis Garden Center</p><p>Family-owned garden center with two locations.</p></div>`,
      'file:///saved/job.html',
    );
    expect(f.company).toBe('Hollis Garden Center');
    expect(f.locations?.[0]).toMatchObject({ city: 'Grand Rapids', region: 'MI' });
  });
});
