import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour tokens of theme.css, light (the first :root) and dark (the :root inside the media query). */
function themes(): Record<'light' | 'dark', Record<string, string>> {
  const css = fs.readFileSync(path.join(import.meta.dirname, 'theme.css'), 'utf8');
  const vars = (block: string) =>
    Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  const light = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  const dark = /prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  const base = vars(light);
  return { light: base, dark: { ...base, ...vars(dark) } };
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// [foreground, background]: every text colour on every surface it is drawn on (WCAG AA 4.5:1).
const TEXT: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'chip'],
  ['muted', 'bg'],
  ['muted', 'chip'],
  ['accent', 'bg'],
  ['accent', 'chip'],
  ['accent-fg', 'accent'],
  ['ok', 'bg'],
  ['ok', 'chip'],
  ['warn', 'bg'],
  ['warn', 'chip'],
  ['bad', 'bg'],
  ['bad', 'chip'],
  ['bg', 'fg'],
];
// Field borders and the focus ring against the page (WCAG 1.4.11 non-text contrast, 3:1).
const NON_TEXT: [string, string][] = [
  ['field-border', 'bg'],
  ['focus', 'bg'],
];

describe('theme colours', () => {
  for (const [name, tokens] of Object.entries(themes())) {
    it(`meet AA contrast in the ${name} theme`, () => {
      const below = [
        ...TEXT.map(([f, b]) => [f, b, 4.5] as const),
        ...NON_TEXT.map(([f, b]) => [f, b, 3] as const),
      ]
        .map(([f, b, min]) => {
          expect(tokens[f], `--${f} is defined`).toMatch(/^#/);
          expect(tokens[b], `--${b} is defined`).toMatch(/^#/);
          return { pair: `--${f} on --${b}`, ratio: contrast(tokens[f]!, tokens[b]!), min };
        })
        .filter((p) => p.ratio < p.min);
      expect(below).toEqual([]);
    });
  }

  it('the dark theme overrides every colour the light one sets', () => {
    const { light, dark } = themes();
    const css = fs.readFileSync(path.join(import.meta.dirname, 'theme.css'), 'utf8');
    const darkBlock = /prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
    const overridden = [...darkBlock.matchAll(/--([\w-]+):/g)].map((m) => m[1]);
    expect(overridden.sort()).toEqual(Object.keys(light).sort());
    expect(dark.bg).not.toBe(light.bg);
  });
});
