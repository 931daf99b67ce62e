// Alerts stored by the first company watch version (Dexie v12) held this device's check state inside them;
// the v13 upgrade splits each into the alert (which syncs) and its check state (which stays local).
import { neverChecked, type WatchAlert, type WatchCheck } from './alert.ts';

const CHECK_FIELDS = ['lastRunAt', 'notBefore', 'failures', 'etag', 'lastModified', 'lastOutcome'] as const;

/** Splits a stored alert of the first version (check state inside) into the alert and its check state. */
export function splitStoredAlert(row: WatchAlert & Partial<Omit<WatchCheck, 'alertId'>>): {
  alert: WatchAlert;
  check: WatchCheck;
} {
  const alert: Record<string, unknown> = { ...row };
  const check: WatchCheck = { ...neverChecked(row.id) };
  for (const field of CHECK_FIELDS) {
    if (row[field] !== undefined) Object.assign(check, { [field]: row[field] });
    delete alert[field];
  }
  return { alert: alert as unknown as WatchAlert, check };
}
