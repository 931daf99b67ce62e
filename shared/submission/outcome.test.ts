import { describe, expect, it } from 'vitest';
import { confirmationOf, outcomeOfRun } from './outcome.ts';

const status = (input: Parameters<typeof outcomeOfRun>[0]) => {
  const o = outcomeOfRun(input);
  return o.final ? o.status : 'not final';
};

describe('Skyvern run → application status', () => {
  it('completed with a confirmation is submitted, with the confirmation kept', () => {
    const o = outcomeOfRun({ status: 'completed', output: { confirmation_number: ' APP-123 ' } });
    expect(o).toEqual({
      final: true,
      status: 'submitted_successfully',
      reason: null,
      confirmation: 'APP-123',
    });
    expect(status({ status: 'completed', extracted_information: { confirmation_message: 'Thanks!' } })).toBe(
      'submitted_successfully',
    );
  });

  it('completed without one asks the user to check it was sent', () => {
    const o = outcomeOfRun({ status: 'completed', output: { submitted: false, confirmation_message: 'x' } });
    expect(o.final && o.status).toBe('action_required');
    expect(o.final && o.reason).toMatch(/check that the application was sent/);
    expect(status({ status: 'completed', output: null })).toBe('action_required');
  });

  it('failed / terminated / timed_out fail with the reason', () => {
    const o = outcomeOfRun({ status: 'failed', failure_reason: 'Element not found: #submit' });
    expect(o).toMatchObject({ status: 'failed_submission', reason: 'Element not found: #submit' });
    expect(status({ status: 'terminated', failure_reason: 'The job is closed' })).toBe('failed_submission');
    expect(outcomeOfRun({ status: 'terminated' })).toMatchObject({ reason: /impossible/ });
  });

  it('running out of steps fails under both readings (failed + reason, or timed_out)', () => {
    const a = outcomeOfRun({ status: 'failed', failure_reason: 'Max steps reached: 10' });
    const b = outcomeOfRun({ status: 'timed_out' });
    expect(a).toMatchObject({ status: 'failed_submission', reason: /ran out of steps/ });
    expect(b).toMatchObject({ status: 'failed_submission', reason: /ran out of steps/ });
  });

  it('login, CAPTCHA and MFA walls hand over to the user', () => {
    for (const reason of [
      'Blocked by a CAPTCHA',
      'Login required to apply',
      'MFA code needed',
      'Enter the verification code',
    ]) {
      expect(status({ status: 'terminated', failure_reason: reason }), reason).toBe('action_required');
    }
    expect(status({ status: 'failed', errors: [{ error_code: 'captcha_detected' }] })).toBe(
      'action_required',
    );
  });

  it('a failed webhook delivery is judged by the output, not as a failed submission', () => {
    expect(
      status({
        status: 'failed',
        failure_reason: 'Failed to send webhook',
        output: { confirmation_number: 'Z9' },
      }),
    ).toBe('submitted_successfully');
    expect(status({ status: 'failed', failure_reason: 'webhook timed out', output: null })).toBe(
      'action_required',
    );
  });

  it('cancelled: withdrawn when the user asked, failed otherwise; running statuses are not final', () => {
    expect(status({ status: 'canceled', cancelledByUser: true })).toBe('withdrawn_by_user');
    expect(status({ status: 'canceled' })).toBe('failed_submission');
    for (const s of ['created', 'queued', 'running', 'paused'])
      expect(status({ status: s })).toBe('not final');
  });

  it('reads a confirmation only from a string field', () => {
    expect(confirmationOf({ confirmation_number: 42 })).toBeNull();
    expect(confirmationOf('Thanks')).toBeNull();
    expect(confirmationOf({ confirmation: 'ok' })).toBe('ok');
  });
});
