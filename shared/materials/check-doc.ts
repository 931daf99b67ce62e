// A whole document checked claim by claim; failing claims are listed with where they sit and why,
// and `withoutFailures` returns the document with exactly those claims removed.
import { lookupSkill } from '../skills/index.ts';
import { factsOf, mentionsSkill, wordsOf } from './facts.ts';
import type { Claim, MaterialDoc } from './schema.ts';
import { POSTING_ID, type SourceIndex } from './sources.ts';
import { checkClaim } from './validate.ts';

export interface Failure {
  /** Where the claim sits, e.g. `experience.0.bullets.2`. */
  path: string;
  text: string;
  reason: string;
}

/** forEach without returning values (the visitors return nothing useful). */
function each<T>(list: readonly T[], fn: (item: T, i: number) => unknown): void {
  for (let i = 0; i < list.length; i++) fn(list[i], i);
}

type Visit = (path: string, claim: Claim) => string | null;

function checkSkillName(name: string, sources: string[], index: SourceIndex): string | null {
  const base = checkClaim({ text: name, sources }, index);
  if (base) return base;
  const skill = lookupSkill(name);
  const cited = factsOf(sources.map((id) => index.items.get(id)?.text ?? '').join('\n'));
  if (
    skill ? mentionsSkill(cited, skill.id, skill.name) : [...wordsOf(name)].every((w) => cited.words.has(w))
  )
    return null;
  return `the skill "${name}" is not in the items it cites`;
}

const normalize = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/** Gap analysis must be honest: a "missing" skill is asked for by the posting and absent from the whole profile. */
function checkMissing(skill: string, requirement: string, index: SourceIndex): string | null {
  const posting = index.items.get(POSTING_ID)!.text;
  if (requirement && !normalize(posting).includes(normalize(requirement)))
    return 'the requirement is not in the posting';
  const entry = lookupSkill(skill);
  if (!mentionsSkill(factsOf(posting), entry?.id ?? -1, entry?.name ?? skill))
    return `the posting does not ask for "${skill}"`;
  const profileText = [...index.items.values()]
    .filter((i) => i.kind !== 'job' && i.kind !== 'posting' && i.kind !== 'employer')
    .map((i) => i.text)
    .join('\n');
  if (entry && mentionsSkill(factsOf(profileText), entry.id, entry.name))
    return `your profile shows "${skill}": it is not missing`;
  return null;
}

/** Calls `visit` on every claim; a non-null answer marks that claim as failing. */
function walk(doc: MaterialDoc, index: SourceIndex, visit: Visit): Failure[] {
  const failures: Failure[] = [];
  const at = (path: string, text: string, reason: string | null) => {
    if (reason) failures.push({ path, text, reason });
  };
  const claim = (path: string, c: Claim) => at(path, c.text, visit(path, c));
  const exists = (path: string, id: string, prefix: string) =>
    at(
      path,
      id,
      id.startsWith(prefix) && index.items.has(id) ? null : `no ${prefix} item ${id} in your profile`,
    );
  switch (doc.kind) {
    case 'resume':
      each(doc.summary, (c, i) => claim(`summary.${i}`, c));
      each(doc.skills, (s, i) => at(`skills.${i}`, s.name, checkSkillName(s.name, s.sources, index)));
      for (const [section, prefix] of [
        ['experience', 'exp:'],
        ['projects', 'proj:'],
      ] as const)
        each(doc[section], (sec, i) => {
          exists(`${section}.${i}`, sec.itemId, prefix);
          each(sec.bullets, (c, j) => claim(`${section}.${i}.bullets.${j}`, c));
        });
      each(doc.education, (id, i) => exists(`education.${i}`, id, 'edu:'));
      each(doc.certifications, (id, i) => exists(`certifications.${i}`, id, 'cert:'));
      break;
    case 'cover_letter':
      each(doc.paragraphs, (p, i) => each(p.sentences, (c, j) => claim(`paragraphs.${i}.sentences.${j}`, c)));
      break;
    case 'answers':
      each(doc.answers, (a, i) => each(a.sentences, (c, j) => claim(`answers.${i}.sentences.${j}`, c)));
      break;
    case 'skills_optimization':
      each(doc.surface, (s, i) => at(`surface.${i}`, s.skill, checkSkillName(s.skill, s.sources, index)));
      each(doc.missing, (m, i) => at(`missing.${i}`, m.skill, checkMissing(m.skill, m.requirement, index)));
      break;
    case 'company_research':
      each(doc.sentences, (c, i) => claim(`sentences.${i}`, c));
      break;
  }
  return failures;
}

/** Every claim of the document that is not grounded in what it cites. */
export function checkDoc(doc: MaterialDoc, index: SourceIndex): Failure[] {
  const scope = doc.kind === 'company_research' ? 'company' : 'person';
  return walk(doc, index, (_path, c) => checkClaim(c, index, scope));
}

/** The document with the failing claims (and sections pointing at unknown items) removed. */
export function withoutFailures(doc: MaterialDoc, failures: Failure[]): MaterialDoc {
  const bad = new Set(failures.map((f) => f.path));
  const keep = (path: string) => !bad.has(path);
  const claims = (list: Claim[], path: string) => list.filter((_, i) => keep(`${path}.${i}`));
  switch (doc.kind) {
    case 'resume':
      return {
        ...doc,
        summary: claims(doc.summary, 'summary'),
        skills: doc.skills.filter((_, i) => keep(`skills.${i}`)),
        experience: doc.experience
          .map((s, i) => ({ ...s, bullets: claims(s.bullets, `experience.${i}.bullets`) }))
          .filter((_, i) => keep(`experience.${i}`)),
        projects: doc.projects
          .map((s, i) => ({ ...s, bullets: claims(s.bullets, `projects.${i}.bullets`) }))
          .filter((_, i) => keep(`projects.${i}`)),
        education: doc.education.filter((_, i) => keep(`education.${i}`)),
        certifications: doc.certifications.filter((_, i) => keep(`certifications.${i}`)),
      };
    case 'cover_letter':
      return {
        ...doc,
        paragraphs: doc.paragraphs
          .map((p, i) => ({ sentences: claims(p.sentences, `paragraphs.${i}.sentences`) }))
          .filter((p) => p.sentences.length > 0),
      };
    case 'answers':
      return {
        ...doc,
        answers: doc.answers.map((a, i) => ({
          ...a,
          sentences: claims(a.sentences, `answers.${i}.sentences`),
        })),
      };
    case 'skills_optimization':
      return {
        ...doc,
        surface: doc.surface.filter((_, i) => keep(`surface.${i}`)),
        missing: doc.missing.filter((_, i) => keep(`missing.${i}`)),
      };
    case 'company_research':
      return { ...doc, sentences: claims(doc.sentences, 'sentences') };
  }
}
