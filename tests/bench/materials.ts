/**
 * Materials benchmark: `npm run bench:materials -- [dataset.json] [--json] [--no-overhead]`.
 * Dataset (tests/fixtures/materials/dataset.json): profiles (domain Profile), postings, fit grades 0–3
 * and custom questions. For every profile × posting pair it generates each kind on the deterministic
 * path and reports:
 * - grounded: share of generated claims that cite existing items and pass the validator (must be 1.0);
 * - fabrications_caught: in fabricating mode (shared/materials/fabricate.ts: invented employers,
 *   numbers, degrees, skills slipped into good claims), the share the validator flags (must be 1.0);
 * - coverage: of the posting's required skills the person has (any profile item names them), the share
 *   the tailored resume surfaces (goal ≥ 0.9);
 * - deterministic_ms: mean time to generate and check one document (goal < 50 ms);
 * - overhead_ms_p95: the generate-materials function's time beyond the provider's, through a
 *   throwaway local stack and the OpenAI-compatible stand-in (goal < 100 ms); null with --no-overhead.
 * Last line is JSON.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../shared/domain/index.ts';
import { parsePosting } from '../../shared/match/index.ts';
import { fabricate } from '../../shared/materials/fabricate.ts';
import { factsOf, mentionsSkill } from '../../shared/materials/facts.ts';
import {
  buildSources,
  checkDoc,
  generateDeterministic,
  MATERIAL_KINDS,
  type MaterialJob,
  MaterialOptions,
  renderLines,
} from '../../shared/materials/index.ts';
import { skillById } from '../../shared/skills/index.ts';

interface Dataset {
  profiles: Record<string, Profile>;
  postings: Record<string, MaterialJob>;
  grades: Record<string, Record<string, number>>;
  questions: string[];
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file =
  args.find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../fixtures/materials/dataset.json', import.meta.url));
const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
const log = (line: string) => (asJson ? process.stderr.write(`${line}\n`) : console.log(line));

let claims = 0;
let grounded = 0;
let injected = 0;
let caught = 0;
let had = 0;
let surfaced = 0;
const times: number[] = [];
const uncaught: string[] = [];
const ungrounded: string[] = [];
let pairs = 0;

for (const [pid, profile] of Object.entries(data.profiles)) {
  for (const [jid, job] of Object.entries(data.postings)) {
    pairs++;
    const index = buildSources(profile, job);
    const options = MaterialOptions.parse({ questions: data.questions });
    for (const kind of MATERIAL_KINDS) {
      const start = performance.now();
      const doc = generateDeterministic(kind, profile, job, options);
      const failures = checkDoc(doc, buildSources(profile, job));
      times.push(performance.now() - start);
      const count = countClaims(doc);
      claims += count;
      grounded += count - failures.length;
      for (const f of failures) ungrounded.push(`${pid} × ${jid} ${kind} ${f.path}: ${f.reason}`);
      if (kind === 'skills_optimization' || kind === 'company_research') continue;
      const fake = fabricate(doc, index);
      const flagged = new Set(checkDoc(fake.doc, index).map((f) => f.path));
      for (const inj of fake.injected) {
        injected++;
        if (flagged.has(inj.path)) caught++;
        else uncaught.push(`${pid} × ${jid} ${kind} ${inj.kind}: ${inj.text}`);
      }
      if (kind === 'resume') {
        const [h, s] = coverage(
          profile,
          job,
          renderLines(doc, profile, job).map((l) => l.text),
        );
        had += h;
        surfaced += s;
      }
    }
  }
}

function countClaims(doc: ReturnType<typeof generateDeterministic>): number {
  switch (doc.kind) {
    case 'resume':
      return (
        doc.summary.length +
        doc.skills.length +
        doc.experience.reduce((n, s) => n + s.bullets.length, 0) +
        doc.projects.reduce((n, s) => n + s.bullets.length, 0)
      );
    case 'cover_letter':
      return doc.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    case 'answers':
      return doc.answers.reduce((n, a) => n + a.sentences.length, 0);
    case 'skills_optimization':
      return doc.surface.length + doc.missing.length;
    case 'company_research':
      return doc.sentences.length;
  }
}

/** [required skills the person has, of those the ones the resume names]: judged on text, not on the generator's own lists. */
function coverage(profile: Profile, job: MaterialJob, resumeLines: string[]): [number, number] {
  const index = buildSources(profile, { ...job, title: '', company: '', descriptionText: '' });
  const profileFacts = factsOf(
    [...index.items.values()]
      .filter((i) => !['job', 'posting', 'employer'].includes(i.kind))
      .map((i) => i.text)
      .join('\n'),
  );
  const resumeFacts = factsOf(resumeLines.join('\n'));
  const required = new Set(
    parsePosting(job)
      .items.filter((i) => i.kind === 'required')
      .flatMap((i) => i.skills),
  );
  let h = 0;
  let s = 0;
  for (const id of required) {
    const name = skillById(id).name;
    if (!mentionsSkill(profileFacts, id, name)) continue;
    h++;
    if (mentionsSkill(resumeFacts, id, name)) s++;
  }
  return [h, s];
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
const maxMs = Math.max(...times);
log(`dataset: ${file}`);
log(
  `${Object.keys(data.profiles).length} profiles × ${Object.keys(data.postings).length} postings = ${pairs} pairs, ${times.length} documents`,
);
log(`grounded claims: ${grounded}/${claims}`);
for (const line of ungrounded.slice(0, 10)) log(`  ungrounded ${line}`);
log(`fabrications caught: ${caught}/${injected}`);
for (const line of uncaught.slice(0, 10)) log(`  missed ${line}`);
log(`coverage of required skills the person has: ${surfaced}/${had}`);
log(`deterministic: ${meanMs.toFixed(2)} ms per document (max ${maxMs.toFixed(1)} ms, generate + check)`);

const overheadP95 = args.includes('--no-overhead')
  ? null
  : await (await import('./materials-overhead.ts')).measureOverhead(data, log);
if (overheadP95 === null) log('function overhead: not measured (--no-overhead)');

console.log(
  JSON.stringify({
    pairs,
    grounded: round(grounded / claims),
    fabrications_caught: round(caught / injected),
    coverage: round(surfaced / had),
    deterministic_ms: round(meanMs, 1),
    overhead_ms_p95: overheadP95,
  }),
);
