import { describe, expect, it } from 'vitest';
import { titleFactor } from './factors.ts';
import { prepareProfile } from './profile.ts';
import { relevanceOf } from './relevance.ts';
import { listedRoles, roleFor } from './role-list.ts';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import { makeProfile } from './testing.ts';

const PAGE = [
  'Join us in Lisbon',
  'Marisco · Lisbon · 3 open roles',
  'We run a seafood wholesale business with two depots and a growing app.',
  '',
  'Pricing Analyst · Commercial · Lisbon, hybrid',
  'Own the price lists for 2,000 products, model margins and promotions, and present the weekly pricing review to the sales team. 2+ years in pricing or commercial analysis, strong Excel and SQL.',
  '',
  'Depot Shift Supervisor - Setúbal depot, on site',
  'Lead a night shift of 25 pickers and drivers in depot operations, keep the depot operations floor safe and hit dispatch targets. 2+ years leading depot operations teams.',
  '',
  'Backend Engineer (Kotlin) | Tech | remote Portugal',
  'Build the ordering services behind our app in Kotlin and PostgreSQL. 3+ years of backend experience.',
  '',
  'How to apply',
  'Send your CV and tell us which role you want.',
].join('\n');

const job = (title: string, text: string) =>
  prepareJob({ id: 'j', title, company: 'Marisco', locationText: 'Lisbon', descriptionText: text });

const PLURAL = [
  'Careers at Larkspur Clinics',
  'Physiotherapists - Leeds and York',
  'Full-time and part-time posts in musculoskeletal clinics, with out-of-hours support and a CPD budget.',
  'Receptionists - all practices',
  'Front desk, bookings and patient payments on a weekday rota with every other Saturday.',
].join('\n');

describe('a careers page that lists several roles', () => {
  it('reads a role heading in the plural as one of that role', () => {
    const vet = prepareProfile(makeProfile({ targetTitles: ['Physiotherapist'] }));
    const factor = titleFactor(vet, job('Careers at Larkspur Clinics', PLURAL));
    expect(factor.detail).toContain('Close to "Physiotherapist"');
    expect(factor.score).toBeGreaterThan(0.8);
  });

  it('reads each role heading and what the page says about it, up to the next section', () => {
    const roles = listedRoles('Join us in Lisbon', PAGE);
    expect(roles.map((r) => r.title)).toEqual([
      'Pricing Analyst',
      'Depot Shift Supervisor',
      'Backend Engineer (Kotlin)',
    ]);
    expect(roles[1]!.text).toMatch(/night shift/);
    expect(roles[2]!.text).not.toMatch(/Send your CV/);
  });

  it('is no list when the title names one role, or fewer than two roles are described', () => {
    expect(listedRoles('Pricing Analyst', PAGE)).toEqual([]);
    expect(listedRoles('Customer Success Manager II', PAGE)).toEqual([]);
    expect(listedRoles('Careers at Marisco', PAGE.split('Depot Shift')[0]!)).toEqual([]);
  });

  it("holds a person's exclusion only against the role that is theirs", () => {
    const analyst = prepareProfile(
      makeProfile({ targetTitles: ['Pricing Analyst'], ruledOut: ['depot operations'] }),
    );
    const page = job('Join us in Lisbon', PAGE);
    expect(roleFor(analyst.titles, page)?.title).toBe('Pricing Analyst');
    expect(ruledOutBy(analyst.ruledOut, page, roleFor(analyst.titles, page))).toBeNull();
    // Read whole, the page returns to depot operations three times.
    expect(ruledOutBy(prepareRuledOut(['depot operations']), page)).toBe('depot operations');
  });

  it("compares the person's titles with the role's title and level, not the page's", () => {
    const engineer = prepareProfile(makeProfile({ targetTitles: ['Backend Engineer'] }));
    const factor = titleFactor(engineer, job('Join us in Lisbon', PAGE));
    expect(factor.score).toBeGreaterThan(0.5);
    expect(factor.detail).toContain('the page\'s "Backend Engineer (Kotlin)"');
  });

  it("reads what the work is about from the person's role, not the roles beside it", () => {
    const analyst = prepareProfile(
      makeProfile({
        targetTitles: ['Pricing Analyst'],
        experience: [
          {
            id: 'e1',
            title: 'Pricing Analyst',
            company: 'Frescura',
            start: '2021-01',
            current: true,
            bullets: [
              'Owned price lists and promotions for 1,500 products; modelled margins in Excel and SQL.',
            ],
          },
        ],
      }),
    );
    const page = job('Join us in Lisbon', PAGE);
    const role = roleFor(analyst.titles, page)!;
    const listed = relevanceOf(analyst.terms, role.terms).similarity;
    expect(listed).toBeGreaterThan(relevanceOf(analyst.terms, page.terms).similarity);
  });
});
