// Skyvern's run shapes (contracts.md §1.2, §1.4): only the fields Jobraker reads; everything else passes through.
import { z } from 'zod';

export const RUN_STATUSES = [
  'created',
  'queued',
  'running',
  'paused',
  'timed_out',
  'failed',
  'terminated',
  'completed',
  'canceled',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = [
  'completed',
  'failed',
  'terminated',
  'canceled',
  'timed_out',
];

const nullableString = z.string().nullish();

/** TaskRunResponse, and the merged webhook payload (TaskResponse + TaskRunResponse, §1.5). */
export const SkyvernRun = z.looseObject({
  run_id: z.string().min(1),
  status: z.enum(RUN_STATUSES),
  output: z.unknown().optional(),
  extracted_information: z.unknown().optional(),
  failure_reason: nullableString,
  errors: z.array(z.unknown()).nullish(),
  step_count: z.number().int().nullish(),
  recording_url: nullableString,
  screenshot_urls: z.array(z.string()).nullish(),
  app_url: nullableString,
  created_at: nullableString,
  finished_at: nullableString,
});
export type SkyvernRun = z.infer<typeof SkyvernRun>;

/** The body of POST /v1/run/tasks that Jobraker sends (TaskRunRequest, flat snake_case fields). */
export interface TaskRunRequest {
  prompt: string;
  url: string;
  title?: string;
  max_steps?: number;
  webhook_url?: string;
  data_extraction_schema?: Record<string, unknown>;
  proxy_location?: string;
  totp_identifier?: string;
}
