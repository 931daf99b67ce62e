import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textOf } from './dom.ts';
import { sanitizeElement } from './normalize/html.ts';

const { document } = parseHTML(`<html><body><div id="job">
  <div role="tablist"><button role="tab" aria-selected="true">Duties</button><button role="tab">Profile</button></div>
  <div role="tabpanel" id="duties"><p>Service the looms on the night shift</p></div>
  <div role="tabpanel" id="profile" hidden><p>A weaving apprenticeship or equal</p></div>
  <div hidden="until-found"><p>Overtime is paid at time and a half</p></div>
  <span hidden>do not fill this field</span>
</div></body></html>`);
const job = document.getElementById('job');

describe('hidden parts of a posting', () => {
  it('reads an inactive tab panel and an until-found section, not other hidden markup', () => {
    const text = textOf(job);
    expect(text).toContain('A weaving apprenticeship or equal');
    expect(text).toContain('Overtime is paid at time and a half');
    expect(text).not.toContain('do not fill this field');
  });

  it('keeps them in the description HTML too', () => {
    const html = job ? sanitizeElement(job) : '';
    expect(html).toContain('A weaving apprenticeship or equal');
    expect(html).not.toContain('do not fill this field');
  });
});
