import { describe, expect, it } from 'vitest';
import { decideFrameAccess, type FrameReport, isEmbeddedFormUrl, isKnownFormHost } from './frames.ts';

const top = 'https://careers.acme.com/jobs/1';
const frame = (over: Partial<FrameReport> & { frameId: number; url: string }): FrameReport => ({
  width: 800,
  height: 900,
  children: [],
  ...over,
});

describe('which frames autofill may write into', () => {
  it('fills a seen Greenhouse embed without asking, and asks before an unknown site’s form', () => {
    const gh = 'https://boards.greenhouse.io/embed/job_app?token=1';
    const other = 'https://forms.other.example/apply';
    const access = decideFrameAccess(
      [
        frame({
          frameId: 0,
          url: top,
          children: [
            { src: gh, hidden: null },
            { src: other, hidden: null },
          ],
        }),
        frame({ frameId: 3, url: gh }),
        frame({ frameId: 4, url: other }),
      ],
      top,
    );
    expect(access.get(0)?.kind).toBe('allowed');
    expect(access.get(3)?.kind).toBe('allowed');
    expect(access.get(4)).toMatchObject({ kind: 'needs-approval', site: 'forms.other.example' });
  });

  it('never fills a frame that is too small, hidden in its parent, or inside a hidden frame', () => {
    const gh = 'https://boards.greenhouse.io/embed/job_app?token=1';
    const inner = 'https://job-boards.greenhouse.io/embed/job_app?token=2';
    const access = decideFrameAccess(
      [
        frame({ frameId: 0, url: top, children: [{ src: gh, hidden: 'hidden by the page’s styles' }] }),
        frame({ frameId: 1, url: gh, children: [{ src: inner, hidden: null }] }),
        frame({ frameId: 2, url: inner }),
        frame({ frameId: 5, url: 'https://x.example/', width: 0, height: 0 }),
      ],
      top,
    );
    expect(access.get(1)).toMatchObject({ kind: 'hidden', reason: expect.stringContaining('styles') });
    expect(access.get(2)?.kind).toBe('hidden');
    expect(access.get(5)).toMatchObject({ kind: 'hidden', reason: expect.stringContaining('too small') });
  });

  it('treats a frame no parent admits to holding as hidden, and one of two same-src twins hidden as hidden', () => {
    const src = 'https://boards.greenhouse.io/embed/job_app?token=1';
    const access = decideFrameAccess(
      [
        frame({
          frameId: 0,
          url: top,
          children: [
            { src, hidden: null },
            { src, hidden: 'placed off the screen' },
          ],
        }),
        frame({ frameId: 1, url: src }),
        frame({ frameId: 2, url: 'https://unknown.example/form' }),
      ],
      top,
    );
    expect(access.get(1)?.kind).toBe('hidden');
    expect(access.get(2)?.kind).toBe('hidden');
  });

  it('a same-origin frame judges its own element', () => {
    const same = 'https://careers.acme.com/apply-frame';
    const access = decideFrameAccess(
      [frame({ frameId: 0, url: top }), frame({ frameId: 1, url: same, elementHidden: null })],
      top,
    );
    expect(access.get(1)?.kind).toBe('allowed');
    const hidden = decideFrameAccess(
      [frame({ frameId: 0, url: top }), frame({ frameId: 1, url: same, elementHidden: 'too small to see' })],
      top,
    );
    expect(hidden.get(1)?.kind).toBe('hidden');
  });

  it('knows ATS hosts by an anchored match, not a substring', () => {
    expect(isKnownFormHost('https://boards.greenhouse.io/x')).toBe(true);
    expect(isKnownFormHost('https://greenhouse.io.evil.example/x')).toBe(false);
    expect(isKnownFormHost('https://evilgreenhouse.io/x')).toBe(false);
    expect(isEmbeddedFormUrl('https://boards.greenhouse.io/embed/job_app?for=acme')).toBe(true);
    expect(isEmbeddedFormUrl('https://evil.example/?u=greenhouse.io/embed/job_app')).toBe(false);
    expect(isEmbeddedFormUrl('https://jobs.lever.co/acme/123/apply')).toBe(true);
  });
});
