import { describe, expect, it } from 'vitest';
import { expectedFields, fixtureNames, loadFixture } from '../../tests/fixtures/forms/load.ts';
import { classifyForm } from './classify/classify-form.ts';
import type { ClassifiedField } from './types.ts';

// Golden test: every project-made fixture form classifies as its <name>.expected.json says,
// and every control the scanner finds is listed there (a new control must be judged).
// Run with and without the ATS adapters: the general rules alone must get the same answers.
const cases = fixtureNames().flatMap((name) => [
  [name, 'adapters'],
  [name, 'rules only'],
]);
describe.each(cases)('fixture %s (%s)', (name, mode) => {
  const fixture = loadFixture(name);
  const classified = classifyForm(fixture.document, {
    getShadowRoot: fixture.getShadowRoot,
    useAdapters: mode === 'adapters',
  });
  const byElement = new Map<Element, ClassifiedField>();
  for (const c of classified) for (const el of c.field.elements) byElement.set(el, c);

  it.each(expectedFields(name).map((f) => [f.selector, f] as const))('%s', (_selector, expected) => {
    const el = fixture.find(expected);
    expect(el, 'selector finds the element').not.toBeNull();
    const found = byElement.get(el!);
    expect(found, 'the scanner found the control').toBeDefined();
    const accepted = [expected.type, ...(expected.alt_types ?? [])];
    expect(accepted, found!.classification.reason).toContain(found!.classification.type);
    if (expected.hidden !== undefined) expect(found!.field.hidden).toBe(expected.hidden);
    if (expected.honeypot !== undefined) expect(found!.field.honeypot).toBe(expected.honeypot);
    if (expected.required !== undefined) expect(found!.field.required).toBe(expected.required);
  });

  it('lists every scanned control', () => {
    const listed = new Set(expectedFields(name).map((f) => fixture.find(f)));
    const unlisted = classified.filter((c) => !c.field.elements.some((el) => listed.has(el)));
    expect(
      unlisted.map((c) => `${c.field.signals.id || c.field.signals.name} ${c.classification.type}`),
    ).toEqual([]);
  });
});
