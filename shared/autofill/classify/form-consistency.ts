import type { ClassifiedField } from '../types.ts';
import { normalize } from './text.ts';

/** A bare "Name" / (it, pt) "Nome" label (not "Full name"): its meaning depends on the fields around it. */
const BARE_NAME = /^(your |candidate |applicant )?name$|^nome$/;

/**
 * Decisions that need the whole form, not one field: a bare "Name" next to a "Surname" /
 * "Last name" field and no first-name field is the given name ("Name" + "Surname" forms),
 * so writing the full name there would repeat the surname.
 */
export function reconcileForm(fields: ClassifiedField[]): ClassifiedField[] {
  // one page can hold several forms (a language switcher rendering each): judge each on its own
  const byForm = new Map<Element | null, ClassifiedField[]>();
  for (const f of fields) {
    const form = f.field.elements[0]?.closest('form') ?? null;
    byForm.set(form, [...(byForm.get(form) ?? []), f]);
  }
  const given = new Set<ClassifiedField>();
  for (const group of byForm.values()) {
    const bare = givenNameField(group);
    if (bare) given.add(bare);
  }
  if (!given.size) return fields;
  return fields.map((f) =>
    given.has(f)
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

function givenNameField(fields: ClassifiedField[]): ClassifiedField | null {
  const visible = fields.filter((f) => !f.field.hidden && !f.field.honeypot);
  const has = (type: string) => visible.some((f) => f.classification.type === type);
  if (!has('last_name') || has('first_name')) return null;
  const bareNames = visible.filter(
    (f) =>
      f.classification.type === 'full_name' &&
      f.classification.source === 'rules' &&
      BARE_NAME.test(normalize(f.field.signals.label)),
  );
  return bareNames.length === 1 ? (bareNames[0] ?? null) : null;
}
