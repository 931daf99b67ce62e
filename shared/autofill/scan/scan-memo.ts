/**
 * Answers about an element that every control inside it asks again (the block it titles, how many questions it asks:
 * block-text.ts), computed once per scan. Only within one scan: the page may change before the next.
 */
let memos: Map<string, WeakMap<Element, unknown>> | null = null;

export function withScanMemo<T>(fn: () => T): T {
  const previous = memos;
  memos = new Map();
  try {
    return fn();
  } finally {
    memos = previous;
  }
}

/** `compute(el)`, remembered for the rest of the scan under `table`; computed anew outside a scan. */
export function memoInScan<V>(table: string, el: Element, compute: (el: Element) => V): V {
  if (!memos) return compute(el);
  let memo = memos.get(table) as WeakMap<Element, V> | undefined;
  if (!memo) {
    memo = new WeakMap();
    memos.set(table, memo);
  }
  if (memo.has(el)) return memo.get(el) as V;
  const value = compute(el);
  memo.set(el, value);
  return value;
}
