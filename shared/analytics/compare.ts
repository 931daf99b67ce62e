/** True when two figure sets are the same data (plain JSON values: objects, arrays, numbers, strings, null). */
export function sameFigures(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameFigures((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
