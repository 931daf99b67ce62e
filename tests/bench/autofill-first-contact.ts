import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { TYPED_KINDS } from '../../shared/autofill/types.ts';
import { FORMS_SETS } from './autofill-sets.ts';
import { firstContactCode } from './first-contact-code.ts';

const checkouts = firstContactCode('jobraker-autofill-first-contact');

interface Fill {
  right: boolean;
  confidence: number;
  /** The control: a box that takes typed text, a choice, a file. */
  kind: string;
  /** The sign the old code read the type from: the first word of its reason ("label", "placeholder"…). */
  sign: string;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fills: Fill[] = [];
let fields = 0;
for (const set of FORMS_SETS.filter((s) => !s.heldOut && (!wanted.length || wanted.includes(s.name)))) {
  const labels = join(set.dir, 'labels.json');
  const dir = checkouts.codeAt(labels);
  if (!dir) continue;
  const code = await Promise.all([
    import(join(dir, 'shared/autofill/classify/classify-form.ts')),
    import(join(dir, 'shared/autofill/plan/plan-fill.ts')),
    import(join(dir, 'shared/autofill/plan/sample-profile.ts')),
  ]).catch(() => null);
  if (!code) {
    console.log(`${set.name.padEnd(8)} (the code of its commit cannot be read this way; skipped)`);
    continue;
  }
  const [{ classifyForm }, { planFill, CONFIDENCE_FLOOR }, sample] = code;
  let right = 0;
  let wrong = 0;
  for (const form of JSON.parse(readFileSync(labels, 'utf8'))) {
    const { document } = parseHTML(readFileSync(join(set.dir, form.file), 'utf8'));
    // biome-ignore lint/suspicious/noExplicitAny: old commits' types are not this one's
    const classified: any[] = classifyForm(document, { useAdapters: true });
    const plan = planFill(classified, sample.SAMPLE_PROFILE, sample.SAMPLE_SAVED_ANSWERS, {
      files: { resume: { name: 'resume.pdf' } },
    });
    const skipped = new Set(plan.skipped.map((s: { fieldRef: string }) => s.fieldRef));
    // biome-ignore lint/suspicious/noExplicitAny: old commits' types are not this one's
    const byElement = new Map<Element, any>(
      classified.flatMap((c) => c.field.elements.map((el: Element) => [el, c] as const)),
    );
    for (const f of form.fields as Array<{ selector: string; type: string; alt_types?: string[] }>) {
      fields++;
      let el: Element | null = null;
      try {
        el = document.querySelector(f.selector);
      } catch {}
      const c = el ? byElement.get(el) : undefined;
      const type = c?.classification.type ?? 'other';
      const confidence = c?.classification.confidence ?? 0;
      if (type === 'other' || confidence < (CONFIDENCE_FLOOR ?? 0.6) || skipped.has(c.field.ref)) continue;
      const ok = [f.type, ...(f.alt_types ?? [])].includes(type);
      fills.push({
        right: ok,
        confidence,
        kind: c.field.kind,
        sign: String(c.classification.reason).split(/[ =]/)[0] ?? '',
      });
      if (ok) right++;
      else wrong++;
    }
  }
  console.log(
    `${set.name.padEnd(8)} fills right ${String(right).padStart(4)}, wrong ${String(wrong).padStart(3)}   ${checkouts.commitOf(dir)}`,
  );
}

const tally = (rows: Fill[]) => ({
  right: rows.filter((r) => r.right).length,
  wrong: rows.filter((r) => !r.right).length,
});
const line = (name: string, rows: Fill[]) => {
  const t = tally(rows);
  console.log(
    `${name.padEnd(34)} right ${String(t.right).padStart(5)}  wrong ${String(t.wrong).padStart(4)}  (${((t.wrong / Math.max(1, t.right + t.wrong)) * 100).toFixed(1)}% wrong)`,
  );
  return t;
};
console.log(`\n${fields} fields; fills by confidence:`);
for (const [lo, hi] of [
  [0.6, 0.7],
  [0.7, 0.76],
  [0.76, 0.9],
  [0.9, 1.01],
] as const)
  line(
    `  ${lo.toFixed(2)}-${Math.min(hi, 1).toFixed(2)}`,
    fills.filter((f) => f.confidence >= lo && f.confidence < hi),
  );
console.log('fills by the sign they were read from:');
for (const sign of [...new Set(fills.map((f) => f.sign))].sort())
  line(
    `  ${sign}`,
    fills.filter((f) => f.sign === sign),
  );
// One indirect sign (shared/autofill/classify/indirect.ts): the input's type alone, or one placeholder or nearby
// caption, which the rules score 0.8 and so at 0.70-0.75 confidence (a name attribute alone was right 22 times
// in 23 and is not held).
// Only in boxes that take typed text, where the preview offers the answer instead.
const indirect = (f: Fill) =>
  (TYPED_KINDS as readonly string[]).includes(f.kind) &&
  (f.sign === 'input' ||
    (['placeholder', 'label'].includes(f.sign) && f.confidence >= 0.7 && f.confidence < 0.76));
console.log('one indirect sign (in a box that takes typed text) vs the rest:');
const one = line('  one indirect sign', fills.filter(indirect));
const rest = line(
  '  the rest',
  fills.filter((f) => !indirect(f)),
);
console.log(JSON.stringify({ fields, one_indirect_sign: one, rest }));
checkouts.removeAll();
