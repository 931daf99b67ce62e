import { BUSINESS } from './data/business.ts';
import { DATA } from './data/data.ts';
import { EXTRA } from './data/extra.ts';
import { INDUSTRY } from './data/industry.ts';
import { INFRA } from './data/infra.ts';
import { PEOPLE } from './data/people.ts';
import { SOFTWARE } from './data/software.ts';
import { TOOLS } from './data/tools.ts';
import { nameKey, tokenize } from './tokenize.ts';

export interface SkillEntry {
  id: number;
  name: string;
  category: string;
  aliases: string[];
  /** Ids of directly related skills (symmetric): partial credit. */
  related: number[];
}

/** How an alias may be detected in free text. */
export interface AliasRule {
  id: number;
  /** Case-sensitive and context-checked: "Go" the language, never "go" the verb. */
  strict: boolean;
  /** Only inside a list of other skills ("Chef, Puppet, Ansible"): the word is too common alone. */
  listOnly: boolean;
  /** The alias as written in the data, for the case-sensitive comparison. */
  raw: string;
}

export interface TrieNode {
  rule?: AliasRule;
  next?: Map<string, TrieNode>;
}

export interface Taxonomy {
  skills: SkillEntry[];
  /** name/alias key -> skill id, for normalizing what a person typed (case-insensitive). */
  byKey: Map<string, number>;
  /** name/alias key -> detection rule, for free text. */
  rules: Map<string, AliasRule>;
  /** Token trie over alias keys: detection walks it without building strings. */
  trie: TrieNode;
  categories: string[];
  /** Aliases written for two different skills (the data test keeps this empty). */
  collisions: string[];
}

const SOURCES = [SOFTWARE, INFRA, DATA, BUSINESS, INDUSTRY, PEOPLE, TOOLS, EXTRA];

function parseName(written: string): { raw: string; strict: boolean; listOnly: boolean } {
  if (written.startsWith('!!')) return { raw: written.slice(2), strict: false, listOnly: true };
  if (written.startsWith('!')) return { raw: written.slice(1), strict: true, listOnly: false };
  return { raw: written, strict: false, listOnly: false };
}

/** Spellings people write that the data need not list: "nodejs" for "node.js", plurals. */
function variants(raw: string, key: string, strict: boolean): string[] {
  const out: string[] = [];
  if (key.endsWith('.js')) out.push(key.replace(/\.js$/, 'js'));
  const last = key.split(' ').pop() ?? '';
  if (!strict && /^[a-z]{4,}$/.test(last) && !last.endsWith('s') && raw.length > 3) out.push(`${key}s`);
  return out;
}

function build(): Taxonomy {
  const skills: SkillEntry[] = [];
  const byKey = new Map<string, number>();
  const rules = new Map<string, AliasRule>();
  const trie: TrieNode = {};
  const categories: string[] = [];
  const collisions: string[] = [];
  const pendingRelated: Array<[number, string[]]> = [];

  const addKey = (written: string, id: number, explicit: boolean) => {
    const { raw, strict, listOnly } = parseName(written);
    const key = nameKey(raw);
    if (!key) return;
    const keys = [key, ...(explicit ? variants(raw, key, strict) : [])];
    keys.forEach((k, i) => {
      const owner = byKey.get(k);
      if (owner !== undefined && owner !== id) {
        if (i === 0) collisions.push(`${k}: ${skills[owner].name} / ${skills[id].name}`);
        return;
      }
      byKey.set(k, id);
      if (rules.has(k)) return;
      const rule = { id, strict: strict && i === 0, listOnly, raw };
      rules.set(k, rule);
      let node = trie;
      for (const part of k.split(' ')) {
        node.next ??= new Map();
        const child = node.next.get(part) ?? {};
        node.next.set(part, child);
        node = child;
      }
      node.rule = rule;
    });
  };

  let category = 'other';
  for (const source of SOURCES) {
    for (const line of source.split('\n')) {
      const text = line.trim();
      if (!text) continue;
      if (text.startsWith('#')) {
        category = text.slice(1).trim();
        if (!categories.includes(category)) categories.push(category);
        continue;
      }
      const [names, related = ''] = text.split('>');
      const [canonical, aliasList = ''] = names.split('|');
      const id = skills.length;
      const aliases = aliasList.split(',').filter(Boolean);
      skills.push({
        id,
        name: parseName(canonical).raw,
        category,
        aliases: aliases.map((a) => parseName(a).raw),
        related: [],
      });
      addKey(canonical, id, true);
      for (const alias of aliases) addKey(alias, id, true);
      pendingRelated.push([id, related.split(',').filter(Boolean)]);
    }
  }
  for (const [id, names] of pendingRelated) {
    for (const name of names) {
      const other = byKey.get(nameKey(name));
      if (other === undefined || other === id) {
        collisions.push(`unknown related "${name}" on ${skills[id].name}`);
        continue;
      }
      if (!skills[id].related.includes(other)) skills[id].related.push(other);
      if (!skills[other].related.includes(id)) skills[other].related.push(id);
    }
  }
  return { skills, byKey, rules, trie, categories, collisions };
}

let cached: Taxonomy | null = null;
/** Built once, on first use (~1 ms): the data ships as text and is indexed lazily. */
export function taxonomy(): Taxonomy {
  cached ??= build();
  return cached;
}

export { tokenize };
