import { describe, expect, it } from 'vitest';
import { describeImport } from '../../shared/resume/import-summary.ts';
import { importLine, saveLine } from './start-report.ts';

const none = { experience: 0, education: 0, skills: 0, certifications: 0, filled: [] };

describe('npm start report', () => {
  it('first run: says what the import added and that the button saved', () => {
    expect(importLine(describeImport({ ...none, experience: 2 }, true), 'resume.pdf')).toContain(
      'Imported: 2 positions',
    );
    expect(saveLine('http://x/job', 'Save to Jobraker', 'Saved · just now')).toBe(
      'Opened http://x/job and clicked the in-page button: "Saved · just now".',
    );
  });

  it('second run: says what it reused, with no zero counts', () => {
    const line = importLine(describeImport(none, true), 'resume.pdf');
    expect(line).toBe('Profile already imported: the demo resume (resume.pdf) added nothing new.');
    expect(saveLine('http://x/job', 'Saved · 2 minutes ago', 'Saved · 2 minutes ago')).toBe(
      'Job already saved (the button on http://x/job says "Saved · 2 minutes ago"): opened it.',
    );
  });
});
