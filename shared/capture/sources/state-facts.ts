/**
 * Facts an ATS keeps as a list of named fields in its posting object: Greenhouse's `metadata`
 * ([{name: "Employment Type", value: "Full-time"}]), custom-field lists on other boards
 * ({label, value}, {key, values: [...]}). The names are the labels a page would print, so the same
 * label wordings decide (normalize/lines.ts). Reads only the posting's own arrays, a bounded number.
 */
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

const NAME_KEYS = ['name', 'label', 'key', 'title', 'fieldName'] as const;
const VALUE_KEYS = ['value', 'values', 'displayValue', 'text'] as const;

/** "Full-time" or ["Full-time", "Permanent"] → "Full-time, Permanent". */
function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join(', ');
  if (isObj(v)) return str(v.name ?? v.label ?? v.value);
  return str(v);
}

/** The value of the first named field in the posting's lists whose name matches `label`. */
export function namedFieldValue(posting: Json, label: RegExp): string {
  for (const list of Object.values(posting).slice(0, 80)) {
    if (!Array.isArray(list)) continue;
    for (const item of list.slice(0, 50)) {
      if (!isObj(item)) continue;
      const name = NAME_KEYS.map((k) => str(item[k])).find(Boolean);
      if (!name || name.length > 40 || !label.test(name.replace(/\s*:$/, ''))) continue;
      const value = VALUE_KEYS.map((k) => valueText(item[k])).find(Boolean);
      if (value) return value.slice(0, 200);
    }
  }
  return '';
}
