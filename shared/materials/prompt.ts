// What a model is told: the task for the kind, the rules of grounding, and the profile items with
// their ids as JSON. Contact details, demographics and pay are never sent: materials do not need them.
import type { GenerateRequest } from '../ai/types.ts';
import type { Profile } from '../domain/index.ts';
import type { Failure } from './check-doc.ts';
import { jsonSchemaFor } from './json-schema.ts';
import type { MaterialKind, MaterialOptions } from './schema.ts';
import { buildSources, type MaterialJob } from './sources.ts';

export const CONTEXT_MARK = 'CONTEXT JSON:';

const TASK: Record<MaterialKind, string> = {
  resume:
    "Tailor the resume to the posting: choose and order each role's bullets by how well they meet the posting, lightly reword them without adding facts, surface the matching skills first, and write a one or two sentence summary.",
  cover_letter:
    'Write a cover letter in the requested tone, length and company culture, from the strongest evidence in the profile.',
  answers: 'Answer each custom question in two to four sentences from the profile.',
  skills_optimization:
    "List the skills the person has that the posting asks for (surface) and the posting's asks the profile does not show (missing). Never add a skill the profile does not show.",
  company_research: 'Write a short brief about the employer from the posting and the employer text only.',
};

const RULES = [
  'Return JSON matching the schema. Every claim carries `sources`: the ids of the items it rests on.',
  'Use only facts found in the cited items: employers, titles, degrees, dates, numbers and skill names must appear there.',
  'Never invent numbers, employers, degrees or skills. Leave a claim out rather than guess.',
  'The role headers (title, employer, dates) are rendered from the profile by item id: do not repeat them in bullets.',
];

/** The profile without contact details, demographics or pay. */
export function materialProfile(profile: Profile) {
  const { experience, education, skills, certifications, projects, targetTitles } = profile;
  return { experience, education, skills, certifications, projects, targetTitles };
}

export function buildMaterialRequest(
  kind: MaterialKind,
  profile: Profile,
  job: MaterialJob,
  options: MaterialOptions,
  feedback: Failure[] | null,
): GenerateRequest {
  const index = buildSources(profile, job);
  const scope = kind === 'company_research' ? ['job', 'posting', 'employer'] : null;
  const items = [...index.items.values()]
    .filter((i) => (scope ? scope.includes(i.id) : i.kind !== 'posting' && i.kind !== 'employer'))
    .map((i) => ({ id: i.id, kind: i.kind, text: i.label }));
  const context = { kind, options, items, job, profile: materialProfile(profile) };
  const fix = feedback?.length
    ? `\n\nThese claims of your previous answer are not supported by the items they cite. Fix or remove them:\n${feedback
        .map((f) => `- "${f.text}": ${f.reason}`)
        .join('\n')}`
    : '';
  return {
    system: `You write job application materials that are strictly grounded in the applicant's profile.\n${RULES.join('\n')}`,
    user: `${TASK[kind]}${fix}\n\n${CONTEXT_MARK}\n${JSON.stringify(context)}`,
    schemaName: kind,
    jsonSchema: jsonSchemaFor(kind),
    maxTokens: kind === 'resume' ? 3_000 : 1_500,
  };
}
