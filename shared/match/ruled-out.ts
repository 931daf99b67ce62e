/**
 * What the person said they do not want ("people management", "MLOps", "ward-based"), held against a
 * posting: its title naming it, a management role for someone who rules management out, or the
 * posting's text returning to it. The phrase comes back for the explanation.
 */
import type { PreparedJob } from './types.ts';

export interface RuledOut {
  text: string;
  re: RegExp;
  /** The same pattern, global: counting mentions in the posting's text. */
  every: RegExp;
  /** "people management", "managing people": any people-management role. */
  management: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function prepareRuledOut(phrases: readonly string[] = []): RuledOut[] {
  return phrases
    .map((p) => p.trim())
    .filter((p) => p.length >= 3)
    .map((text) => {
      // "ward-based posts": the ward is what is ruled out.
      // "data-engineering" matches "data engineering" and "Data Engineer"; hyphens and spaces are one.
      const source = `\\b${text
        .replace(/[\s-]+based$/i, '')
        .split(/[\s-]+/)
        .map((w) => escapeRe(w.toLowerCase()).replace(/(ing|s)$/, ''))
        .join('[\\s-]*')}`;
      return {
        text,
        re: new RegExp(source, 'i'),
        every: new RegExp(source, 'gi'),
        management: /\bmanag|\bpeople[\s-]*lead/i.test(text),
      };
    });
}

/** The phrase the posting runs into, if any. */
export function ruledOutBy(ruled: readonly RuledOut[], job: PreparedJob): string | null {
  for (const r of ruled) {
    if (r.management && job.isManager) return r.text;
    if (r.re.test(job.parsed.title)) return r.text;
    const mentions = job.parsed.text.match(r.every)?.length ?? 0;
    if (mentions >= 2) return r.text;
  }
  return null;
}
