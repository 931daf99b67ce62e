import path from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { generateDeterministic } from '../deterministic/index.ts';
import { renderLines } from '../render.ts';
import { MaterialOptions } from '../schema.ts';
import { job, profile } from '../testing.ts';
import { materialDocx } from './docx.ts';
import { materialPdf, toWinAnsi } from './pdf.ts';

const FONTS = `${path.resolve('node_modules/pdfjs-dist/standard_fonts')}/`;
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
const options = MaterialOptions.parse({ length: 'long' });

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, standardFontDataUrl: FONTS }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? `${i.str}${i.hasEOL ? '\n' : ' '}` : '')).join(''));
  }
  return { text: squash(parts.join(' ')), pages: pdf.numPages };
}

describe('export keeps every line as real text', () => {
  for (const kind of ['resume', 'cover_letter'] as const) {
    const lines = renderLines(generateDeterministic(kind, profile, job, options), profile, job);

    it(`PDF ${kind}: text extraction returns every line`, async () => {
      const { text } = await pdfText(materialPdf(lines, 'Ada Lovelace'));
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) expect(text).toContain(squash(toWinAnsi(line.text)));
    });

    it(`DOCX ${kind}: every line is a paragraph of text`, async () => {
      const bytes = await materialDocx(lines, 'Ada Lovelace');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      const text = squash(value);
      for (const line of lines) expect(text).toContain(squash(line.text));
    });
  }

  it('breaks a long document onto more pages instead of cutting it', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      kind: 'bullet' as const,
      text: `Line ${i + 1} of a long list`,
    }));
    const { text, pages } = await pdfText(materialPdf(many, 'Long'));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Line 120 of a long list');
  });

  it('spells out characters the standard fonts cannot show', () => {
    expect(toWinAnsi('Café → Zürich — 50 €')).toBe('Café -> Zürich — 50 €');
    expect(toWinAnsi('Łódź')).toBe('Lódz');
  });
});
