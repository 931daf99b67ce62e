import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeApplicationForm } from './autofill-button.ts';

const doc = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
const inputs = (n: number) => Array.from({ length: n }, (_, i) => `<input name="q${i}">`).join('');

describe('looksLikeApplicationForm', () => {
  it('shows on a form with a contact field and a resume upload', () => {
    expect(
      looksLikeApplicationForm(
        doc(`<form><input type="email"><input type="file"></form>`),
        'careers.example.com',
      ),
    ).toBe(true);
  });
  it('shows on an embedded ATS form and on ATS hosts', () => {
    expect(
      looksLikeApplicationForm(
        doc(`<iframe src="https://boards.greenhouse.io/embed/job_app?for=acme&token=1"></iframe>`),
        'acme.com',
      ),
    ).toBe(true);
    expect(looksLikeApplicationForm(doc(`<input type="email">${inputs(3)}`), 'jobs.lever.co')).toBe(true);
  });
  it('stays hidden on sign-up and newsletter forms', () => {
    expect(
      looksLikeApplicationForm(
        doc(`<form><input type="email"><input type="password"><input name="name"></form>`),
        'shop.example.com',
      ),
    ).toBe(false);
    expect(looksLikeApplicationForm(doc(`<input type="email">${inputs(4)}`), 'news.example.com')).toBe(false);
    expect(looksLikeApplicationForm(doc(`${inputs(12)}`), 'survey.example.com')).toBe(false);
  });
});
