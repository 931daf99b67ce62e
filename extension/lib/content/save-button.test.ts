import { describe, expect, it } from 'vitest';
import { buttonLabel } from './save-button.ts';

const NOW = Date.parse('2026-11-21T12:00:00.000Z');
const status = (stage: 'saved' | 'applied', savedAt: string, stageChangedAt: string) => ({
  kind: 'saved' as const,
  status: { jobId: 'j', title: 'Engineer', stage, savedAt, stageChangedAt },
});

describe('in-page button label', () => {
  it('says when a saved posting was saved, or where it is in the pipeline and since when', () => {
    expect(buttonLabel(status('saved', '2026-11-21T11:59:40.000Z', '2026-11-21T11:59:40.000Z'), NOW)).toBe(
      'Saved · just now',
    );
    expect(buttonLabel(status('applied', '2026-11-10T12:00:00.000Z', '2026-11-18T12:00:00.000Z'), NOW)).toBe(
      'Saved · Applied 3 days ago',
    );
  });

  it('offers to save, shows progress, and explains a failure', () => {
    expect(buttonLabel({ kind: 'idle' }, NOW)).toBe('Save to Jobraker');
    expect(buttonLabel({ kind: 'busy' }, NOW)).toBe('Saving…');
    expect(buttonLabel({ kind: 'error', message: 'page is not readable' }, NOW)).toBe(
      "Couldn't save: page is not readable",
    );
  });
});
