import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findDescriptionElement } from './main-text.ts';
import { scanPage } from './scan.ts';

const para = (s: string) =>
  `<p>${s} ${'The crew works in two shifts and rotates every month. '.repeat(9)}</p>`;

describe('a description split into sibling sections of the page', () => {
  it('joins the like sections after the description when their parent also holds the title', () => {
    const { document } = parseHTML(`<html><body><main>
      <div data-testid="role-header"><h1>Night Baker</h1></div>
      <section data-testid="role-description"><h2>The job</h2>${para('You shape rye loaves for our six shops.')}</section>
      <section data-testid="role-requirements"><h2>You bring</h2><ul><li>Two years in a craft bakery</li></ul></section>
      <section data-testid="role-benefits"><h2>We offer</h2><p>Free bread and a bike lease.</p></section>
      <section data-testid="more-roles"><h2>Other roles</h2><ul><li>Delivery driver, Ghent</li></ul></section>
    </main></body></html>`);
    const page = scanPage(document);
    const el = findDescriptionElement(page, page.h1s[0]);
    const text = el?.textContent ?? '';
    expect(text).toContain('You shape rye loaves');
    expect(text).toContain('Two years in a craft bakery');
    expect(text).toContain('Free bread and a bike lease');
    expect(text).not.toContain('Delivery driver');
    expect(text).not.toContain('Night Baker');
  });
});
