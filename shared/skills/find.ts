import { type AliasRule, type SkillEntry, taxonomy } from './taxonomy.ts';
import { type Token, tokenize } from './tokenize.ts';

export interface SkillHit {
  skill: SkillEntry;
  /** [start, end) offsets of the matched words in the text. */
  span: [number, number];
  /** The words as written ("k8s"), for evidence lines. */
  text: string;
}

interface Candidate extends SkillHit {
  rule: AliasRule;
}

// Between two skills of a list: separators and "and"/"or", never bare spaces ("credit risk reporting").
const LIST_GAP = /^\s*(?:[,/;|&()+]|\band\b|\bor\b)(?:[\s,/;|&()+]|\band\b|\bor\b)*$/i;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** URLs and e-mail addresses are not prose: "github.com/go-kit" must not yield skills. */
function skipRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const grow = (at: number) => {
    let a = at;
    let b = at;
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    out.push([a, b]);
    return b;
  };
  for (const marker of ['@', '://', 'www.']) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, grow(at))) {}
  }
  return out.sort((x, y) => x[0] - y[0]);
}

function lineBounds(text: string, start: number, end: number): [number, number] {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  return [a, b === -1 ? text.length : b];
}

/** Does the word stand alone on its line, after a "Skills:" label, or next to an accepted skill in a list? */
function inListContext(text: string, hits: Candidate[], i: number, accepted: boolean[]): boolean {
  const hit = hits[i];
  const [ls, le] = lineBounds(text, hit.span[0], hit.span[1]);
  const line = text.slice(ls, le).replace(/^[\s•·▪◦*-]+|[\s.;:,]+$/g, '');
  if (line === hit.text) return true;
  const prev = hits[i - 1];
  const next = hits[i + 1];
  if (prev && accepted[i - 1] && prev.span[1] >= ls && LIST_GAP.test(text.slice(prev.span[1], hit.span[0])))
    return true;
  if (next && accepted[i + 1] && next.span[0] <= le && LIST_GAP.test(text.slice(hit.span[1], next.span[0])))
    return true;
  // "Skills: Chef" / "Languages: Go": a label ending in a colon introduces a list.
  return /:\s*$/.test(text.slice(ls, hit.span[0]));
}

/** "Go" at the start of a sentence is usually the verb; "C-suite" and "Go-to-market" are not languages. */
function strictOk(text: string, c: Candidate): boolean {
  if (text.slice(c.span[0], c.span[1]) !== c.rule.raw) return false;
  const after = text.slice(c.span[1], c.span[1] + 3);
  if (/^-[A-Za-z]/.test(after)) return false;
  if (c.rule.raw.length === 1 && /^\. [A-Z]/.test(after)) return false;
  let j = c.span[0] - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return !(j < 0 || /[.!?\n"“]/.test(text[j]));
}

/** "CAD $90,000" is Canadian dollars, not computer-aided design. */
function isMoney(text: string, c: Candidate): boolean {
  if (!/^(?:CAD|AUD|USD|GBP|EUR)$/.test(c.text)) return false;
  return (
    /^\s*[$\d]/.test(text.slice(c.span[1], c.span[1] + 3)) ||
    /\d\s*$/.test(text.slice(Math.max(0, c.span[0] - 3), c.span[0]))
  );
}

function candidates(text: string, tokens: Token[]): Candidate[] {
  const { trie, skills } = taxonomy();
  const root = trie.next!;
  const skip = skipRanges(text);
  const out: Candidate[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    let node = root.get(first.key);
    if (node === undefined) continue;
    while (s < skip.length && skip[s][1] <= first.start) s++;
    if (s < skip.length && skip[s][0] <= first.start) continue;
    let best: [AliasRule, number] | null = node.rule ? [node.rule, 0] : null;
    for (let n = 1; node.next && i + n < tokens.length; n++) {
      node = node.next.get(tokens[i + n].key);
      if (!node) break;
      if (node.rule) best = [node.rule, n];
    }
    if (!best) continue;
    const [rule, n] = best;
    const end = tokens[i + n].end;
    out.push({ skill: skills[rule.id], span: [first.start, end], text: text.slice(first.start, end), rule });
    i += n;
  }
  return out;
}

/**
 * Skills mentioned in free text, longest alias first ("React Native" before "React"), each with
 * its span. Ambiguous words ("Go", "C", "Chef") need their case and context to count.
 */
export function findSkills(text: string): SkillHit[] {
  const hits = candidates(text, tokenize(text));
  // Plain aliases count at once; ambiguous ones are accepted in rounds, so "Chef, Puppet or
  // Ansible" is a list even though only Ansible is unambiguous.
  const accepted = hits.map((c) => !c.rule.listOnly && !(c.rule.strict && !strictOk(text, c)));
  for (let round = 0, changed = true; changed && round < 4; round++) {
    changed = false;
    for (let i = 0; i < hits.length; i++) {
      if (!accepted[i] && inListContext(text, hits, i, accepted)) accepted[i] = changed = true;
    }
  }
  const kept: SkillHit[] = [];
  hits.forEach((c, i) => {
    if (accepted[i] && !isMoney(text, c)) kept.push({ skill: c.skill, span: c.span, text: c.text });
  });
  return kept;
}
