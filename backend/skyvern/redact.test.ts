import { describe, expect, it } from 'vitest';
import { redactForLog } from './redact.ts';

describe('task log redaction', () => {
  it('drops the applicant data and masks contact details, keeping what debugging needs', () => {
    const logged = redactForLog({
      prompt: 'Name: Ada Lovelace, email ada@example.com',
      url: 'https://boards.example/jobs/1',
      run_request: { prompt: 'secret' },
      output: { confirmation_message: 'Sent to ada@example.com', phone: 'call +44 20 7946 0958' },
      failure_reason: null,
      step_count: 4,
    });
    expect(logged).toEqual({
      prompt: '[redacted: 41 chars]',
      url: 'https://boards.example/jobs/1',
      run_request: '[redacted: 19 chars]',
      output: { confirmation_message: 'Sent to [email]', phone: 'call [phone]' },
      failure_reason: null,
      step_count: 4,
    });
    expect(JSON.stringify(logged)).not.toMatch(/Lovelace|ada@/);
  });
});
