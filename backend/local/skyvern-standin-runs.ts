// The stand-in's runs: lifecycle (created → queued → running → terminal), the payload Skyvern builds for
// a task webhook (TaskResponse without `request` merged with TaskRunResponse without `run_request`,
// contracts.md §1.5), and the scripted outcomes used for failure injection.
import { randomBytes } from 'node:crypto';

export type Scenario =
  | 'complete' // completed, confirmation extracted
  | 'no_confirmation' // completed, nothing extracted
  | 'captcha' // terminated at a CAPTCHA wall
  | 'login' // terminated at a login wall
  | 'fail' // failed with an execution error
  | 'max_steps_failed' // the code's reading of running out of steps
  | 'max_steps_timed_out'; // the SDK docs' reading

export type WebhookMode = 'normal' | 'never' | 'duplicate' | 'out_of_order';

export interface StandInRun {
  runId: string;
  key: string; // what the stand-in counts runs by (the request's title)
  request: Record<string, unknown>;
  apiKey: string;
  status: string;
  scenario: Scenario;
  webhook: WebhookMode;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  modifiedAt: string;
  stepCount: number;
}

/** Python's naive-UTC isoformat with microseconds, as Skyvern's pydantic models serialise datetimes. */
export function pyTimestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 23)}000`;
}

export function newRunId(): string {
  return `tsk_${BigInt(`0x${randomBytes(8).toString('hex')}`).toString()}`;
}

interface Ending {
  status: string;
  failure_reason: string | null;
  output: Record<string, unknown> | null;
  errors: unknown[];
  steps: number;
}

export function endingOf(scenario: Scenario, runId: string): Ending {
  switch (scenario) {
    case 'complete':
      return {
        status: 'completed',
        failure_reason: null,
        output: {
          submitted: true,
          confirmation_number: `CONF-${runId.slice(-6)}`,
          confirmation_message: 'Thank you for applying!',
        },
        errors: [],
        steps: 6,
      };
    case 'no_confirmation':
      return {
        status: 'completed',
        failure_reason: null,
        output: { submitted: false },
        errors: [],
        steps: 7,
      };
    case 'captcha':
      return {
        status: 'terminated',
        failure_reason: 'Blocked by a CAPTCHA on the application form; a human must solve it.',
        output: null,
        errors: [{ error_code: 'CAPTCHA_DETECTED', reasoning: 'hCaptcha challenge shown after Submit' }],
        steps: 4,
      };
    case 'login':
      return {
        status: 'terminated',
        failure_reason: 'Login required: the site asks to sign in before applying.',
        output: null,
        errors: [],
        steps: 2,
      };
    case 'fail':
      return {
        status: 'failed',
        failure_reason: 'Element not found: the Submit button disappeared.',
        output: null,
        errors: [],
        steps: 5,
      };
    case 'max_steps_failed':
      return {
        status: 'failed',
        failure_reason: 'Max steps reached (10). Marking the task as failed.',
        output: null,
        errors: [],
        steps: 10,
      };
    case 'max_steps_timed_out':
      return { status: 'timed_out', failure_reason: null, output: null, errors: [], steps: 10 };
  }
}

/** GET /v1/runs/{id} and the create response: TaskRunResponse. */
export function runResponse(run: StandInRun, appUrl: string): Record<string, unknown> {
  const ending = run.finishedAt ? endingOf(run.scenario, run.runId) : null;
  const cancelled = run.status === 'canceled';
  return {
    run_id: run.runId,
    status: run.status,
    output: cancelled ? null : (ending?.output ?? null),
    downloaded_files: [],
    recording_url: run.finishedAt ? `${appUrl}/recordings/${run.runId}.webm` : null,
    screenshot_urls: run.finishedAt ? [`${appUrl}/screenshots/${run.runId}/final.png`] : null,
    failure_reason: cancelled ? null : (ending?.failure_reason ?? null),
    created_at: run.createdAt,
    modified_at: run.modifiedAt,
    queued_at: run.createdAt,
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    app_url: `${appUrl}/runs/${run.runId}`,
    browser_session_id: null,
    max_screenshot_scrolls: null,
    errors: cancelled ? [] : (ending?.errors ?? []),
    step_count: run.finishedAt ? (ending?.steps ?? 0) : 0,
    run_type: 'task_v1',
  };
}

/** The task webhook body: TaskResponse (minus `request`) then TaskRunResponse (minus `run_request`). */
export function webhookPayload(run: StandInRun, appUrl: string): Record<string, unknown> {
  const r = runResponse(run, appUrl);
  const taskResponse = {
    created_at: run.createdAt,
    modified_at: run.modifiedAt,
    task_id: run.runId,
    status: run.status,
    extracted_information: r.output,
    action_screenshot_urls: r.screenshot_urls,
    screenshot_url: (r.screenshot_urls as string[] | null)?.[0] ?? null,
    recording_url: r.recording_url,
    browser_console_log_url: null,
    downloaded_files: [],
    downloaded_file_urls: null,
    failure_reason: r.failure_reason,
    failure_category: null,
    webhook_failure_reason: null,
    errors: r.errors,
    max_steps_per_run: (run.request.max_steps as number | undefined) ?? 10,
    step_count: r.step_count,
    workflow_run_id: null,
  };
  return { ...taskResponse, ...r };
}

/**
 * json.dumps(payload, separators=(",", ":"), ensure_ascii=False) after whole floats become ints.
 * JSON.stringify already writes whole numbers without ".0", compact, and leaves non-ASCII unescaped;
 * the stand-in's payloads carry no fractional numbers, whose exponent spelling differs between the two.
 */
export function skyvernJsonBytes(payload: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(payload));
}
