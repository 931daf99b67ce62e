/**
 * What a resume says the person does not want: "Not looking for MLOps, ML platform or data-engineering
 * roles", "I am not looking for a people-management role", "not looking at payroll roles", "no
 * ward-based posts". Each comes back as a short phrase the person can see and edit in their profile
 * ("Not interested in").
 */
const REFUSAL =
  /\b(?:not|no longer)\s+(?:(?:looking|searching|interested)\s+(?:for|in|at)|pursuing|seeking|open\s+to)\s+(?:any\s+|a\s+|an\s+)?([^.;:]{3,120})|\b(?:do not|don't)\s+want\s+(?:any\s+|a\s+|an\s+)?([^.;:]{3,120})/gi;
const ALTERNATIVES = /\s*(?:,|\/|\bor\b|\band\b)\s*/i;
const TAIL = /\s+(?:roles?|positions?|posts?|jobs?|work|opportunities)\b.*$/i;

export function readRuledOut(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines)
    for (const m of line.matchAll(REFUSAL)) {
      const what = (m[1] ?? m[2] ?? '').replace(TAIL, '');
      for (const part of what.split(ALTERNATIVES)) {
        const phrase = part.trim().replace(/^(?:a|an|any|the)\s+/i, '');
        if (phrase.length < 3 || phrase.split(/\s+/).length > 4 || /^(?:relocat|mov|travel)/i.test(phrase))
          continue;
        if (!out.some((p) => p.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
      }
    }
  return out.slice(0, 12);
}
