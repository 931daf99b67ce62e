// Fabricating mode, for the provider stand-ins and the benchmark: slips an invented employer,
// number, degree or skill into otherwise good claims and says where, so tests can count how many
// the validator catches. Never used on a path a user's material takes.
import type { Claim, MaterialDoc } from './schema.ts';
import type { SourceIndex } from './sources.ts';

export type FabricationKind = 'employer' | 'number' | 'degree' | 'skill';
export const FABRICATION_KINDS: FabricationKind[] = ['employer', 'number', 'degree', 'skill'];

export interface Injected {
  path: string;
  kind: FabricationKind;
  text: string;
}

const isClaim = (v: unknown): v is Claim =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as Claim).text === 'string' &&
  Array.isArray((v as Claim).sources);

/** Every claim with its path (`experience.0.bullets.2`), the same paths the validator reports. */
export function claimsOf(doc: MaterialDoc): Array<{ path: string; claim: Claim }> {
  const out: Array<{ path: string; claim: Claim }> = [];
  const visit = (v: unknown, path: string[]): void => {
    if (isClaim(v)) out.push({ path: path.join('.'), claim: v });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(doc, []);
  return out;
}

const EMPLOYERS = ['Hooli', 'Initrode', 'Vandelay Industries', 'Pied Piper'];
const NUMBERS = ['73', '87', '91', '64'];
const SKILLS = ['Kubernetes', 'Rust', 'Salesforce', 'Haskell', 'SAP'];

/** The phrase a fabrication appends; picks a value absent from everything the index holds. */
function phrase(kind: FabricationKind, everything: string): string {
  const absent = (list: string[]) => list.find((x) => !everything.includes(x.toLowerCase())) ?? list[0];
  switch (kind) {
    case 'employer':
      return `while consulting for ${absent(EMPLOYERS)}`;
    case 'number':
      return `for ${absent(NUMBERS)} clients`;
    case 'degree':
      return 'drawing on my PhD in Physics';
    case 'skill':
      return `using ${absent(SKILLS)}`;
  }
}

/** A copy of `doc` with up to `max` claims altered, one fabrication kind after another. */
export function fabricate(
  doc: MaterialDoc,
  index: SourceIndex,
  max = FABRICATION_KINDS.length,
): { doc: MaterialDoc; injected: Injected[] } {
  const copy = structuredClone(doc);
  const everything = [...index.items.values()].map((i) => i.text.toLowerCase()).join('\n');
  const claims = claimsOf(copy).filter((c) => c.claim.sources.length > 0);
  const injected: Injected[] = [];
  claims.slice(0, max).forEach(({ path, claim }, i) => {
    const kind = FABRICATION_KINDS[i % FABRICATION_KINDS.length];
    claim.text = `${claim.text.replace(/[\s.!]+$/, '')} ${phrase(kind, everything)}.`;
    injected.push({ path, kind, text: claim.text });
  });
  return { doc: copy, injected };
}
