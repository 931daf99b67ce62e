import { ISO, PREFIX_CURRENCY, WORD_CURRENCY } from './currency-marks.ts';

/**
 * One money amount as written: its number in any locale's grouping ("60.000", "1 234", "45,5"),
 * its multiplier ("k", "lakh") and its currency (a symbol, an ISO code or a word before or after).
 */

/** "60.000" → 60000, "60,000.50" → 60000.5, "60.000,5" → 60000.5, "45,5" → 45.5, "1 234" → 1234. */
export function parseNumber(raw: string): number | null {
  let s = raw.replace(/[\u00a0\u202f' ]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    s = s.split(thou).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    // Groups of exactly three digits after every separator are thousands ("60.000", "1,234,567").
    const thousands = parts.length > 2 || (parts.length === 2 && parts[1]!.length === 3);
    s = thousands ? parts.join('') : parts.join('.');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function multiplier(tail: string): number {
  const t = tail.trim().toLowerCase();
  if (!t) return 1;
  if (t === 'k' || t === 't' || t === 'thousand' || t.startsWith('tsd')) return 1_000;
  if (t === 'm' || t === 'mil' || t === 'million') return 1_000_000;
  // Indian lakh (100 000) and crore (10 000 000).
  if (t === 'l' || t.startsWith('lakh') || t.startsWith('lac') || t === 'lpa') return 100_000;
  if (t === 'cr' || t.startsWith('crore')) return 10_000_000;
  // Japanese, Chinese and Korean count in ten-thousands ("500万円", "4,000만원") and thousands.
  if (t === '万' || t === '萬' || t === '만') return 10_000;
  if (t === '千' || t === '천') return 1_000;
  return 1;
}

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  const t = token.trim();
  if (ISO.has(t.toUpperCase()) && t === t.toUpperCase()) return t.toUpperCase();
  for (const [sym, code] of PREFIX_CURRENCY) if (t === sym) return code;
  return WORD_CURRENCY[t.toLowerCase()] ?? null;
}

export function amountParts(m: RegExpExecArray, offset: number) {
  const [pre, num, mult, post] = [m[offset], m[offset + 1], m[offset + 2], m[offset + 3]];
  if (num == null) return null;
  const base = parseNumber(num);
  if (base == null) return null;
  return {
    value: base * multiplier(mult ?? ''),
    // "$25,000 MXN": a code after the amount says which dollar a bare "$" is.
    currency:
      pre?.trim() === '$' && ISO.has((post ?? '').trim())
        ? currencyOf(post)
        : (currencyOf(pre) ?? currencyOf(post)),
    // A "$" with no code of its own: the range's other end, or a code after it, may say which dollar.
    bareDollar: pre?.trim() === '$' && !ISO.has((post ?? '').trim()),
    hasMult: !!mult,
    factor: multiplier(mult ?? ''),
    // Lakh and crore amounts are rupees even without a symbol ("15-25 LPA").
    rupees: /^(?:l|lakhs?|lacs?|lpa|cr|crores?)$/i.test((mult ?? '').trim()),
  };
}

/** A number from structured data: 65000, "65,000.00", "65k". */
export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim()) {
    const m = v.match(/[\d.,\u00a0 ]+(?:\s?[kK])?/);
    if (!m) return null;
    const n = parseNumber(m[0].replace(/\s?[kK]$/, '').trim());
    return n == null ? null : /[kK]$/.test(m[0]) ? n * 1000 : n;
  }
  return null;
}
