import { describe, expect, it } from 'vitest';
import { readCourse } from './courses.ts';

const NOW = '2026-12-04T00:00:00.000Z';
describe('a course the user adds', () => {
  it('keeps what was typed, with or without a link', () => {
    expect(
      readCourse({ skill: 'Kubernetes', title: ' CKA prep ', url: 'https://learn.example/cka' }, NOW),
    ).toEqual({
      ok: true,
      course: { skill: 'Kubernetes', title: 'CKA prep', url: 'https://learn.example/cka', addedAt: NOW },
    });
    expect(readCourse({ skill: 'Go', title: 'The Go book' }, NOW)).toMatchObject({
      ok: true,
      course: { url: null },
    });
  });

  it('refuses script links, non-links and empty names with a reason', () => {
    expect(readCourse({ skill: 'Go', title: 'x', url: 'javascript:alert(1)' }, NOW)).toEqual({
      ok: false,
      message: 'Only http and https links can be added.',
    });
    expect(readCourse({ skill: 'Go', title: 'x', url: 'go.dev' }, NOW)).toMatchObject({ ok: false });
    expect(readCourse({ skill: 'Go', title: '  ' }, NOW)).toEqual({ ok: false, message: 'Name the course.' });
  });
});
