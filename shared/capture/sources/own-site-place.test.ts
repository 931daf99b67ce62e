import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../adapters/all.ts';
import { extractJob } from '../extract.ts';

// capture96: a small employer's own site (Wix, GoDaddy, Google Sites) prints no location fact.
const placeOf = (head: string, body: string, url = 'https://www.copperandsagesalon.com/careers') =>
  extractJob(
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as never,
    url,
  ).fields.locations?.[0]?.raw;

describe("the place of a job on a small employer's own site", () => {
  it('is the place its title metadata names', () => {
    expect(
      placeOf(
        '<title>Careers | Maple Grove Family Dentistry | Boise, ID</title>',
        '<h1>Front Desk Receptionist</h1><p>Join our friendly team at the front desk five days a week.</p>',
        'https://www.maplegrovedentistry.com/careers',
      ),
    ).toMatch(/^Boise/);
  });

  it('else the town of the postal address in its footer, in the US or Canada', () => {
    expect(
      placeOf(
        '<title>Careers</title>',
        '<h1>Hair Stylist</h1><p>We are a nine-chair salon looking for a stylist.</p><div class="widget-footer">Copper &amp; Sage Salon · 7134 E 1st Ave, Suite 104, Scottsdale, AZ 85251 · (480) 555-0176</div>',
      ),
    ).toMatch(/^Scottsdale, AZ/);
    expect(
      placeOf(
        '<title>Jobs</title>',
        '<h1>Registered Veterinary Technician</h1><p>Part-time RVT wanted.</p><div>2271 County Rd 29, Lakefield, ON K0L 2H0</div>',
        'https://sites.google.com/view/millbrookcreekvet/jobs',
      ),
    ).toMatch(/^Lakefield/);
  });

  it("never on a board's host, whose footer gives the board's own address", () => {
    expect(
      placeOf(
        '<title>Hair Stylist - Indeed</title>',
        '<h1>Hair Stylist</h1><p>We are a salon.</p><footer>Indeed, 6433 Champion Grandview Way, Austin, TX 78750</footer>',
        'https://www.indeed.com/viewjob?jk=1',
      ) ?? '',
    ).not.toMatch(/Austin/);
  });
});
