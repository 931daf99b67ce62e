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

describe('a description whose sections each sit in their own expandable wrappers', () => {
  it('joins the sections through the one-child wrappers around each text block', () => {
    const section = (h: string, body: string) =>
      `<div class="msg"><h2>${h}</h2><div class="wrap"><div class="text">${body}</div></div></div>`;
    const { document } = parseHTML(`<html><body><div class="page">
      <div class="head"><h1>Orchard Foreman</h1><dl><dt>Type</dt><dd>Seasonal</dd></dl></div>
      <div class="content"><div class="col">
        ${section('Overview', '<p>We grow pears and cider apples on forty hectares beside the river, and sell most of them ourselves.</p>')}
        ${section('Duties', '<ul><li>Lead a picking crew of twelve through the harvest</li><li>Keep the bin counts and the spray log</li></ul>')}
        ${section('You bring', `<ul><li>Two seasons of orchard work behind you</li><li>A tractor licence, and the patience to train new pickers</li><li>Good humour at six in the morning</li></ul>${para('Housing is available on the farm.')}`)}
      </div></div>
    </div></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('We grow pears and cider apples');
    expect(text).toContain('Lead a picking crew of twelve');
    expect(text).toContain('Two seasons of orchard work');
    expect(text).not.toContain('Orchard Foreman');
  });
});
