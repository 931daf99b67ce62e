import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readNames } from './element-names.ts';

describe('readNames', () => {
  it('joins the naming attributes an element carries and ignores the others', () => {
    const { document } = parseHTML(
      '<div class="card__pay" data-testid="pay-line" title="Weekly pay" data-ui="salary">£520</div>',
    );
    const el = document.querySelector('div')!;
    expect(readNames(el, false).names).toBe(' card__pay testid=pay-line data-ui=salary');
  });

  it('reads data-at, the naming attribute of StepStone-built boards', () => {
    const { document } = parseHTML('<a data-at="metadata-company-name" href="/jobs/x">Kestrel Lettings</a>');
    expect(readNames(document.querySelector('a')!, false).names).toBe(' data-at=metadata-company-name');
  });
});
