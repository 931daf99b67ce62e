// What goes into skyvern_task_log: the exchange without the applicant's data. Fields that carry the
// applicant's answers are replaced by their size; emails and phone numbers anywhere else are masked.
// The API key travels only in a header, and headers are never logged.
const APPLICANT_FIELDS = new Set([
  'prompt',
  'navigation_payload',
  'run_request',
  'request',
  'totp_identifier',
]);
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const PHONE = /\+?\d[\d\s().-]{7,}\d/g;

export function redactText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[phone]');
}

export function redactForLog(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[nested]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redactForLog(v, depth + 1));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (APPLICANT_FIELDS.has(key) && v !== null && v !== undefined) {
      out[key] = `[redacted: ${typeof v === 'string' ? v.length : JSON.stringify(v).length} chars]`;
    } else {
      out[key] = redactForLog(v, depth + 1);
    }
  }
  return out;
}
