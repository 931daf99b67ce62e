import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikePosting } from './posting-signal.ts';

const doc = (html: string) =>
  parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;

describe('looksLikePosting', () => {
  it('trusts JobPosting structured data on any site', () => {
    const d = doc(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"X"}</script>',
    );
    expect(looksLikePosting(d as unknown as Document, 'https://careers.example.org/x')).toBe(true);
  });

  it('shows on known boards only when there is a posting heading', () => {
    expect(
      looksLikePosting(doc('<h1>Engineer</h1>') as unknown as Document, 'https://jobs.lever.co/acme/123'),
    ).toBe(true);
    expect(looksLikePosting(doc('<p>feed</p>') as unknown as Document, 'https://jobs.lever.co/acme')).toBe(
      false,
    );
  });

  it('stays hidden on ordinary pages, and on look-alike hosts', () => {
    expect(
      looksLikePosting(doc('<h1>Ten tips</h1>') as unknown as Document, 'https://blog.example.com/tips'),
    ).toBe(false);
    expect(
      looksLikePosting(doc('<h1>Phish</h1>') as unknown as Document, 'https://lever.co.evil.example/job'),
    ).toBe(false);
  });
});
