import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from '../plan/plan-fill.ts';
import { SAMPLE_PROFILE } from '../plan/sample-profile.ts';
import { executePlan } from './execute-plan.ts';
import { undoFill } from './undo.ts';

/** linkedom has no DataTransfer; this one behaves like the browser's for one file list. */
class FakeDataTransfer {
  private list: File[] = [];
  items = { add: (file: File) => void this.list.push(file) };
  get files(): FileList {
    return Object.assign([...this.list], {
      item: (i: number) => this.list[i] ?? null,
    }) as unknown as FileList;
  }
}
const createDataTransfer = () => new FakeDataTransfer() as unknown as DataTransfer;
const resume = new File(['%PDF-1.7'], 'ada-lovelace.pdf', { type: 'application/pdf' });

describe('file inputs', () => {
  it('attaches the resume so the page’s own change handler sees files.length, and undo removes it', async () => {
    const fixture = loadFixture('file-check');
    const doc = fixture.document;
    const input = doc.getElementById('resume') as HTMLInputElement;
    const status = doc.getElementById('resume-status')!;
    // what the fixture's script does in a browser
    input.addEventListener('change', () => {
      status.textContent = input.files?.length ? `Attached: ${input.files[0]!.name}` : 'Upload failed';
    });
    const fields = classifyForm(doc);
    const plan = planFill(fields, SAMPLE_PROFILE, [], { files: { resume: { name: resume.name } } });
    const report = await executePlan(
      plan,
      fields.map((f) => f.field),
      {
        files: { resume },
        createDataTransfer,
        stepDelayMs: 0,
      },
    );
    expect(report.results).toEqual([
      expect.objectContaining({ status: 'filled', detail: 'attached ada-lovelace.pdf' }),
    ]);
    expect(status.textContent).toBe('Attached: ada-lovelace.pdf');
    undoFill(report.undo);
    expect(input.files?.length ?? 0).toBe(0);
  });

  it('reports "refused" when the page drops the file', async () => {
    const fixture = loadFixture('file-check');
    const doc = fixture.document;
    const sample = doc.getElementById('sample') as HTMLInputElement;
    sample.addEventListener('change', () => {
      sample.files = new FakeDataTransfer().files;
    });
    // pretend the writing-sample picker was classified as the resume field, to exercise the refusal
    const fields = classifyForm(doc).map((c) =>
      c.field.elements[0] === sample
        ? { ...c, classification: { ...c.classification, type: 'resume_file' as const, confidence: 1 } }
        : c,
    );
    const plan = planFill(fields, SAMPLE_PROFILE, [], { files: { resume: { name: resume.name } } });
    const report = await executePlan(
      plan,
      fields.map((f) => f.field),
      { files: { resume }, createDataTransfer, stepDelayMs: 0 },
    );
    const result = report.results.find(
      (r) => r.fieldRef === fields.find((f) => f.field.elements[0] === sample)!.field.ref,
    );
    expect(result).toMatchObject({
      status: 'refused',
      detail: 'the form dropped the file: attach it yourself',
    });
    expect(report.summary.refused).toBe(1);
  });
});
