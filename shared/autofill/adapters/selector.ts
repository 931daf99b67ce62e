/**
 * A matcher for the simple compound selectors adapters use (`tag#id[attr="v"][attr^="v"]`),
 * compiled once: DOM shims such as linkedom re-parse a selector on every matches() call,
 * which made adapter lookups the slowest part of a scan. Anything else falls back to matches().
 */
type Test = (el: Element) => boolean;

const COMPOUND = /^([a-z][a-z0-9-]*)?(#[\w-]+)?((?:\[[\w-]+(?:[\^$*]?="[^"]*")?\])*)(#[\w-]+)?$/i;
const ATTR = /\[([\w-]+)(?:([\^$*]?)="([^"]*)")?\]/g;

const compiled = new Map<string, Test>();

function compileOne(selector: string): Test {
  const m = selector.trim().match(COMPOUND);
  if (!m) return (el) => el.matches(selector);
  const tag = m[1]?.toUpperCase();
  const id = (m[2] ?? m[4])?.slice(1);
  const attrs = Array.from((m[3] ?? '').matchAll(ATTR)).map(([, name, op, value]) => ({
    name: name!,
    op,
    value,
  }));
  return (el) => {
    if (tag && el.tagName !== tag) return false;
    if (id && el.getAttribute('id') !== id) return false;
    for (const a of attrs) {
      const v = el.getAttribute(a.name);
      if (v === null) return false;
      if (a.value === undefined) continue;
      if (
        a.op === '^'
          ? !v.startsWith(a.value)
          : a.op === '$'
            ? !v.endsWith(a.value)
            : a.op === '*'
              ? !v.includes(a.value)
              : v !== a.value
      )
        return false;
    }
    return true;
  };
}

/** Does el match the selector (a comma list of simple compound selectors)? */
export function matchesSimple(el: Element, selector: string): boolean {
  let test = compiled.get(selector);
  if (!test) {
    const parts = selector.split(',').map(compileOne);
    test = (e) => parts.some((p) => p(e));
    compiled.set(selector, test);
  }
  try {
    return test(el);
  } catch {
    return false;
  }
}
