import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headerZone, zoneChips } from './header.ts';

const chipsOf = (hero: string) => {
  const { document } = parseHTML(
    `<html><body><main><section>${hero}</section><p>${'Body text. '.repeat(60)}</p></main></body></html>`,
  );
  const h1 = document.querySelector('h1');
  return zoneChips(headerZone(h1), h1);
};

describe('header chips', () => {
  it('reads an icon-only badge by its accessible name', () => {
    const chips = chipsOf(`<h1>Night Colleague</h1><ul class="badges">
      <li class="badge" aria-label="Depot-based role"><svg aria-hidden="true"><path d="M3 9"></path></svg></li>
      <li class="badge" title="Lab-based"><i aria-hidden="true"></i></li></ul>`);
    expect(chips).toContain('Depot-based role');
    expect(chips).toContain('Lab-based');
  });

  it('keeps the text a badge shows over its accessible name', () => {
    const chips = chipsOf(`<h1>Night Colleague</h1><ul class="badges">
      <li class="badge" aria-label="Apply for this role">Full time</li></ul>`);
    expect(chips).toContain('Full time');
    expect(chips).not.toContain('Apply for this role');
  });
});
