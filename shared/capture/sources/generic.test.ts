import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

describe('a pay block holding several pay inputs', () => {
  it('reads each input on its own line, so the next input\'s "bonus" title does not sink the base', () => {
    const { document } = parseHTML(`<html><body><h1>Physical Therapist</h1>
      <div class="job-description"><p>${'Treat outpatients after orthopedic surgery and plan their home programs. '.repeat(6)}</p></div>
      <div class="pay-section">
        <div class="pay-item"><div class="title">Base salary</div><div class="pay-range"><span>$92,000</span> — <span>$104,000 USD</span></div></div>
        <div class="pay-item"><div class="title">Signing bonus</div><p>Paid in two parts over 6 months.</p><div class="pay-range"><span>$4,000</span> — <span>$6,000 USD</span></div></div>
      </div></body></html>`);
    const job = extractJob(document, 'https://therapy.example/jobs/31', { now, adapters: [] });
    expect(job.fields.salary).toMatchObject({ min: 92_000, max: 104_000, currency: 'USD', period: 'YEAR' });
  });
});
