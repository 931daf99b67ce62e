// The stand-ins' "model": it reads the context our prompt carries and answers with the deterministic
// generator's document, so its output is realistic and schema-valid; fabricating mode then slips
// invented employers, numbers, degrees and skills into it.
import { blankProfile, type Profile } from '../../../shared/domain/index.ts';
import { fabricate } from '../../../shared/materials/fabricate.ts';
import {
  buildSources,
  generateDeterministic,
  type MaterialDoc,
  type MaterialJob,
  type MaterialKind,
  MaterialOptions,
} from '../../../shared/materials/index.ts';
import { CONTEXT_MARK, type materialProfile } from '../../../shared/materials/prompt.ts';

interface Context {
  kind: MaterialKind;
  options: unknown;
  job: MaterialJob;
  profile: ReturnType<typeof materialProfile>;
}

export function readContext(prompt: string): Context | null {
  const at = prompt.indexOf(CONTEXT_MARK);
  if (at === -1) return null;
  const line = prompt
    .slice(at + CONTEXT_MARK.length)
    .trim()
    .split('\n')[0];
  try {
    return JSON.parse(line) as Context;
  } catch {
    return null;
  }
}

export function modelAnswer(prompt: string, fabricating: boolean): MaterialDoc {
  const ctx = readContext(prompt);
  if (!ctx) throw new Error(`the prompt carries no ${CONTEXT_MARK} line`);
  // The prompt carries only the profile's material parts; the rest stays blank.
  const profile: Profile = {
    ...blankProfile('00000000-0000-4000-8000-000000000000', new Date(0).toISOString()),
    ...ctx.profile,
  };
  const doc = generateDeterministic(ctx.kind, profile, ctx.job, MaterialOptions.parse(ctx.options ?? {}));
  return fabricating ? fabricate(doc, buildSources(profile, ctx.job)).doc : doc;
}

/** Rough token count (4 characters a token), enough for quotas and accounting tests. */
export const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));
