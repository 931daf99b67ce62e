import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

/** A job search's results with the selected posting open beside them (title.ts, page.ts, scan.ts). */
const searchPage = () =>
  parseHTML(`<html><head><title>van driver jobs in Bristol - Findwell Jobs</title>
    <meta property="og:site_name" content="Findwell Jobs"></head><body>
    <ol class="results">
      <li class="card card--on"><div class="card__title">Van Driver – Bakery Rounds</div><div class="card__company">Crumbwell Bakeries</div></li>
      <li class="card"><div class="card__title">Multi-drop Van Driver</div><div class="card__company">Avonside Parcels</div></li>
    </ol>
    <section class="detail">
      <h2 class="detail__title">Van Driver – Bakery Rounds</h2>
      <div class="detail__sub"><span class="detail__company">Crumbwell Bakeries</span><span> • </span><span>Bristol, UK</span></div>
      <div class="chips"><span>Part-time</span><span>2 days ago</span></div>
      <div class="detail__body"><p>Deliver bread and pastries to 40 cafés across Bristol before 7am. We train you on the route and the van.</p>
      <p>You need a full UK driving licence and an early-riser habit. Pay is £12.60 an hour.</p></div>
    </section></body></html>`).document;

describe('a search page with the selected posting open', () => {
  it('reads the posting whose heading begins with the query, not the search title or the site', () => {
    const job = extractJob(searchPage(), 'https://www.findwell.example/search?q=van+driver&l=Bristol', {
      now,
      adapters: [],
    });
    expect(job.fields.title).toBe('Van Driver – Bakery Rounds');
    expect(job.fields.company).toBe('Crumbwell Bakeries');
    expect(job.fields.locations?.[0]?.city).toBe('Bristol');
    expect(job.fields.employmentType).toBe('part_time');
  });
});
