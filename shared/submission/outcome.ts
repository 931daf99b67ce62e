// A finished Skyvern run → the application's status and the reason shown to the user (contracts.md §1.4-1.5).
// Pure: the webhook handler and the polling fallback both call it, so they can never disagree.
import type { ApplicationStatus } from './statuses.ts';

export interface RunOutcomeInput {
  status: string; // Skyvern RunStatus
  output?: unknown;
  extracted_information?: unknown;
  failure_reason?: string | null;
  errors?: unknown[] | null;
  /** True when Jobraker itself cancelled the run because the user withdrew. */
  cancelledByUser?: boolean;
}

export type RunOutcome =
  | { final: false }
  | { final: true; status: ApplicationStatus; reason: string | null; confirmation: string | null };

/** Walls only a person can pass: the run stops and hands over to the user. */
const HUMAN_WALL =
  /captcha|recaptcha|hcaptcha|\bmfa\b|2fa|two[- ]factor|one[- ]time (pass)?code|\botp\b|verification code|log ?in|sign ?in|login required|account required|authenticat/i;
/** Steps ran out: the code says `failed` with this reason, the SDK docs say `timed_out` (§1.4). */
const OUT_OF_STEPS = /max(imum)?[ _-]?steps/i;
/** `failed` can also mean only the webhook delivery failed; the run itself may have finished (§1.4). */
const WEBHOOK_FAILURE = /webhook/i;

/** The confirmation the extraction schema asked for, if the run found one. */
export function confirmationOf(output: unknown): string | null {
  const candidates = [output, (output as { extracted_information?: unknown } | null)?.extracted_information];
  for (const value of candidates) {
    if (!value || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (record.submitted === false) return null;
    for (const key of ['confirmation_number', 'confirmation_message', 'confirmation']) {
      const text = record[key];
      if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 500);
    }
  }
  return null;
}

function reasonText(input: RunOutcomeInput): string {
  const errors = (input.errors ?? []).map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ');
  return [input.failure_reason ?? '', errors].filter(Boolean).join(' — ').slice(0, 1000);
}

export function outcomeOfRun(input: RunOutcomeInput): RunOutcome {
  const confirmation = confirmationOf(input.output) ?? confirmationOf(input.extracted_information);
  const reason = reasonText(input);
  switch (input.status) {
    case 'completed':
      return confirmation
        ? { final: true, status: 'submitted_successfully', reason: null, confirmation }
        : {
            final: true,
            status: 'action_required',
            reason: 'Skyvern finished but found no confirmation: check that the application was sent.',
            confirmation: null,
          };
    case 'failed':
    case 'terminated':
    case 'timed_out': {
      if (input.status === 'failed' && WEBHOOK_FAILURE.test(reason)) {
        // Only the callback failed: the output tells whether the form went through.
        return confirmation
          ? { final: true, status: 'submitted_successfully', reason: null, confirmation }
          : {
              final: true,
              status: 'action_required',
              reason: `Skyvern could not report back (${reason}): check that the application was sent.`,
              confirmation: null,
            };
      }
      if (HUMAN_WALL.test(reason))
        return { final: true, status: 'action_required', reason: `Needs you: ${reason}`, confirmation: null };
      if (input.status === 'timed_out' || OUT_OF_STEPS.test(reason))
        return {
          final: true,
          status: 'failed_submission',
          reason: `Skyvern ran out of steps or time${reason ? ` (${reason})` : ''}.`,
          confirmation: null,
        };
      return {
        final: true,
        status: 'failed_submission',
        reason:
          reason ||
          (input.status === 'terminated'
            ? 'Skyvern judged the form impossible to complete.'
            : 'Skyvern failed without a reason.'),
        confirmation: null,
      };
    }
    case 'canceled':
      return input.cancelledByUser
        ? { final: true, status: 'withdrawn_by_user', reason: null, confirmation: null }
        : {
            final: true,
            status: 'failed_submission',
            reason: 'The run was cancelled in Skyvern.',
            confirmation: null,
          };
    default:
      return { final: false };
  }
}
