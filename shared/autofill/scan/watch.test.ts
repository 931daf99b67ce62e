import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { watchForm } from './watch.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchForm', () => {
  it('reports once after a step change settles, so the caller re-scans the new step', async () => {
    const { document } = loadFixture('workday-like');
    const visibleTypes = () =>
      classifyForm(document)
        .filter((c) => !c.field.hidden)
        .map((c) => c.classification.type);
    expect(visibleTypes()).toContain('first_name');
    const controller = new AbortController();
    let calls = 0;
    watchForm(document.getElementById('apply')!, () => calls++, { quietMs: 20, signal: controller.signal });
    // "Save and Continue": two attribute changes in one burst
    document.getElementById('step-1')!.setAttribute('hidden', '');
    document.getElementById('step-2')!.removeAttribute('hidden');
    await wait(60);
    expect(calls).toBe(1);
    expect(visibleTypes()).toContain('sponsorship_required');
    expect(visibleTypes()).not.toContain('first_name');
    controller.abort();
    document.getElementById('step-2')!.setAttribute('hidden', '');
    await wait(60);
    expect(calls).toBe(1);
  });
});
