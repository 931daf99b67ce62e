import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and fails with a readable list (rule, impact, help, the first
 * elements) when anything serious or critical is found. With `bothThemes`, runs it again with the browser
 * set to dark, so colour contrast is checked in the dark theme too. Any extension page can use it.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  opts: { label?: string; bothThemes?: boolean; include?: string } = {},
): Promise<void> {
  const schemes = opts.bothThemes ? (['light', 'dark'] as const) : ([null] as const);
  for (const scheme of schemes) {
    if (scheme) await page.emulateMedia({ colorScheme: scheme });
    let builder = new AxeBuilder({ page }).withTags(TAGS);
    if (opts.include) builder = builder.include(opts.include);
    const { violations } = await builder.analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    expect(serious, `axe on ${opts.label ?? page.url()}${scheme ? ` (${scheme})` : ''}`).toEqual([]);
  }
  if (opts.bothThemes) await page.emulateMedia({ colorScheme: null });
}

/** The element that has the keyboard focus, and whether it is drawn with a visible focus indicator. */
export async function focusedElement(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    return { name, visible: outline || style.boxShadow !== 'none' };
  });
}
