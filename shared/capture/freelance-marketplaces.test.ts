import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';

/** Freelance marketplaces and the boards that list other organisations' posts (capture170, capture171, capture172). */
const now = () => new Date('2026-01-15T00:00:00Z');
const read = (url: string, title: string, body: string) =>
  extractJob(
    parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document,
    url,
    { now, adapters: [] },
  ).fields;
const BRIEF =
  '<p>We run our reporting on a warehouse whose models have grown messy over three years and several vendors. We need someone to audit the models, remove dead code and add tests before the peak season, and to write short notes our analyst can keep up afterwards.</p>';

describe('a freelance marketplace posting', () => {
  it('"This is an hourly contract" and "a fixed-price freelance job" are contracts', () => {
    const hourly = read(
      'https://www.upwork.com/freelance-jobs/apply/data-engineer_~01',
      'Data Engineer - Upwork',
      `<h1>Data Engineer</h1><div class="description">${BRIEF}<p>This is an hourly contract, roughly 20-25 hours per week to start.</p></div>`,
    );
    expect(hourly.employmentType).toBe('contract');
    const fixed = read(
      'https://www.freelancer.com/projects/wordpress/booking-plugin',
      'Booking plugin | Freelancer',
      `<h1>Booking plugin</h1><div class="description">${BRIEF}<p>This is a fixed-price freelance job, paid through milestones.</p></div>`,
    );
    expect(fixed.employmentType).toBe('contract');
  });

  it("a fixed-price project's budget is not pay for a period", () => {
    const f = read(
      'https://www.freelancer.com/projects/wordpress/booking-plugin',
      'Booking plugin | Freelancer',
      `<h1>Booking plugin</h1><p class="budget"><span>$750.00 – 1,500.00 AUD</span></p><p>Paid on delivery</p><div class="description">${BRIEF}<p>This is a fixed-price freelance job, paid through milestones.</p></div>`,
    );
    expect(f.salary).toBeUndefined();
  });

  it('the marketplace or board named in the title is not the employer', () => {
    for (const [url, site] of [
      ['https://www.yunojuno.com/p/briefs/motion-designer-4411', 'YunoJuno'],
      ['https://contra.com/opportunity/webflow-developer-8812', 'Contra'],
      ['https://www.malt.fr/missions/dev-java-lyon', 'Malt'],
      ['https://www.trademe.co.nz/a/jobs/trades/mechanic/listing/4711', 'Trade Me'],
      ['https://reliefweb.int/job/4120934/evaluation-consultant', 'ReliefWeb'],
    ]) {
      const f = read(
        url!,
        `Senior Motion Designer | ${site}`,
        `<h1>Senior Motion Designer</h1><div class="description">${BRIEF}</div>`,
      );
      expect(f.company, site).not.toBe(site);
    }
  });

  it('the client named in the header is the employer, and a French or Dutch freelance engagement is a contract', () => {
    const malt = read(
      'https://www.malt.fr/missions/dev-java-lyon',
      'Mission freelance : Développeur Java (H/F) - Lyon | Malt',
      `<div class="mission-header"><p class="mission-header__client">Mutuelle Saône-Rhône</p><h1>Développeur Java (H/F)</h1></div><div class="description">${BRIEF}<p>Mission freelance de 6 mois, renouvelable, à temps plein.</p></div>`,
    );
    expect(malt.company).toBe('Mutuelle Saône-Rhône');
    expect(malt.employmentType).toBe('contract');
    const zzp = read(
      'https://www.brugwerk.nl/opdrachten/interim-controller',
      'Interim Controller - Brugwerk',
      `<h1>Interim Controller</h1><div class="description">${BRIEF}<p>Soort opdracht: Interim (zzp). Uurtarief € 105 - € 125 per uur.</p></div>`,
    );
    expect(zzp.employmentType).toBe('contract');
  });
});
