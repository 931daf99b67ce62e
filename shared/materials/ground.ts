// "Regenerate once, then drop with a visible note": the one policy every generator goes through.
import { checkDoc, type Failure, withoutFailures } from './check-doc.ts';
import type { MaterialDoc } from './schema.ts';
import type { SourceIndex } from './sources.ts';

/** Shown beside the material: what was left out and why. */
export interface DropNote {
  text: string;
  reason: string;
}

export interface Grounded<D extends MaterialDoc = MaterialDoc> {
  doc: D;
  notes: DropNote[];
  /** 1, or 2 when the first answer had ungrounded claims and was regenerated. */
  attempts: number;
}

/** `feedback` is null on the first call, then the failures the regeneration must fix. */
export type Generate<D extends MaterialDoc> = (feedback: Failure[] | null) => Promise<D>;

export function dropNote(f: Failure): DropNote {
  return { text: f.text, reason: `Left out: ${f.reason}.` };
}

/** Generates, checks every claim, regenerates once with the failures, then drops what still fails. */
export async function generateGrounded<D extends MaterialDoc>(
  generate: Generate<D>,
  index: SourceIndex,
): Promise<Grounded<D>> {
  const first = await generate(null);
  const failures = checkDoc(first, index);
  if (failures.length === 0) return { doc: first, notes: [], attempts: 1 };
  const second = await generate(failures);
  const remaining = checkDoc(second, index);
  return {
    doc: withoutFailures(second, remaining) as D,
    notes: remaining.map(dropNote),
    attempts: 2,
  };
}

/** For a document already in hand (a user edit, an imported version): drop what fails, no regeneration. */
export function groundNow<D extends MaterialDoc>(doc: D, index: SourceIndex): Grounded<D> {
  const failures = checkDoc(doc, index);
  return { doc: withoutFailures(doc, failures) as D, notes: failures.map(dropNote), attempts: 1 };
}
