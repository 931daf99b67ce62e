import { describe, expect, it } from 'vitest';
import { boardKey, boardProblem, boardRefFromUrl, neverChecked, newAlert } from './alert.ts';
import { splitStoredAlert } from './stored-alert.ts';

describe('which boards can be watched', () => {
  it('takes every board name its own page gives back, on each ATS', () => {
    for (const url of [
      'https://job-boards.greenhouse.io/northwindlabs/jobs/4100001',
      'https://boards.greenhouse.io/embed/job_board?for=Acme_Co',
      'https://jobs.lever.co/quill.feather-2',
      'https://jobs.ashbyhq.com/Lumen%20Forge/0d1e2f3a-0000-4000-8000-000000000001',
    ]) {
      const ref = boardRefFromUrl(url);
      expect(ref, url).not.toBeNull();
      expect(boardProblem(ref!), url).toBeNull();
    }
  });

  it('refuses a board no page of that ATS names, and an ATS without a public list, saying which', () => {
    expect(boardProblem({ ats: 'greenhouse', board: 'a/b' })).toBe('“a/b” is not a board name on Greenhouse');
    expect(boardProblem({ ats: 'greenhouse', board: 'embed' })).toMatch(/not a board name on Greenhouse/);
    expect(boardProblem({ ats: 'lever', board: '..' })).toMatch(/not a board name on Lever/);
    expect(boardProblem({ ats: 'lever', board: 'acme?x=1' })).toMatch(/not a board name on Lever/);
    expect(boardProblem({ ats: 'ashby', board: '' })).toMatch(/^“” is not a board name on Ashby$/);
    expect(boardProblem({ ats: 'workday', board: 'acme' })).toMatch(/“workday” is not a watched board/);
  });
});

describe('an alert stored before sync (check state inside)', () => {
  it('splits into the alert the user chose and this device’s check state, losing nothing', () => {
    const alert = newAlert({ ats: 'lever', board: 'Acme' }, { id: 'a1', now: '2026-12-01T00:00:00.000Z' });
    const state = {
      lastRunAt: '2026-12-03T10:00:00.000Z',
      notBefore: '2026-12-03T12:00:00.000Z',
      failures: 2,
      etag: 'W/"7"',
      lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT',
      lastOutcome: { kind: 'error' as const, message: 'The board answered 503' },
    };
    const split = splitStoredAlert({ ...alert, ...state });
    expect(split.alert).toEqual(alert);
    expect(split.check).toEqual({ alertId: 'a1', ...state });
    expect(splitStoredAlert(alert).check).toEqual(neverChecked('a1'));
    expect(alert.boardKey).toBe(boardKey({ ats: 'lever', board: 'acme' }));
  });
});
