import type { ClassifiedField } from '../types.ts';
import { normalize } from './text.ts';

/** A bare "Name" label (not "Full name"): its meaning depends on the fields around it. */
const BARE_NAME = /^(your |candidate |applicant )?name$/;

/**
 * Decisions that need the whole form, not one field: a bare "Name" next to a "Surname" /
 * "Last name" field and no first-name field is the given name ("Name" + "Surname" forms),
 * so writing the full name there would repeat the surname.
 */
export function reconcileForm(fields: ClassifiedField[]): ClassifiedField[] {
  const visible = fields.filter((f) => !f.field.hidden && !f.field.honeypot);
  const has = (type: string) => visible.some((f) => f.classification.type === type);
  if (!has('last_name') || has('first_name')) return fields;
  const bareNames = visible.filter(
    (f) =>
      f.classification.type === 'full_name' &&
      f.classification.source === 'rules' &&
      BARE_NAME.test(normalize(f.field.signals.label)),
  );
  if (bareNames.length !== 1) return fields;
  const [bare] = bareNames;
  return fields.map((f) =>
    f === bare
      ? {
          ...f,
          classification: {
            ...f.classification,
            type: 'first_name',
            reason: `"${f.field.signals.label}" beside a last-name field is the given name`,
          },
        }
      : f,
  );
}
