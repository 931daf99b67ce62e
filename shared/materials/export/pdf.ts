// A material as an ATS-friendly PDF: one column, real text in a standard font (selectable, and read
// back by text extraction line for line), no images, tables or text boxes. jsPDF: maintained, MIT,
// runs in the side panel and in Node, and its standard fonts need no embedding.
import { jsPDF } from 'jspdf';
import type { Line } from '../render.ts';

const PAGE = { width: 612, height: 792, margin: 54 };
const STYLE: Record<Line['kind'], { size: number; bold: boolean; before: number }> = {
  name: { size: 18, bold: true, before: 0 },
  contact: { size: 9.5, bold: false, before: 2 },
  heading: { size: 12, bold: true, before: 12 },
  subheading: { size: 10.5, bold: true, before: 6 },
  text: { size: 10.5, bold: false, before: 4 },
  bullet: { size: 10.5, bold: false, before: 2 },
};
const BULLET_INDENT = 12;

// The standard fonts encode WinAnsi: keep Latin-1 and its extras, spell out the rest.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function toWinAnsi(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/[\u2010-\u2012]/g, '-')
    .normalize('NFC')
    .replace(/./gsu, (c) => {
      const code = c.codePointAt(0) ?? 0;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(c))
        return c;
      const plain = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return /^[\x20-\x7e]+$/.test(plain) ? plain : '?';
    });
}

export function materialPdf(lines: Line[], title: string): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true });
  doc.setProperties({ title, creator: 'Jobraker' });
  const width = PAGE.width - 2 * PAGE.margin;
  let y = PAGE.margin;
  for (const line of lines) {
    const style = STYLE[line.kind];
    doc.setFont('helvetica', style.bold ? 'bold' : 'normal');
    doc.setFontSize(style.size);
    const indent = line.kind === 'bullet' ? BULLET_INDENT : 0;
    const wrapped: string[] = doc.splitTextToSize(toWinAnsi(line.text), width - indent);
    const height = style.size * 1.25;
    y += style.before;
    wrapped.forEach((part, i) => {
      if (y + height > PAGE.height - PAGE.margin) {
        doc.addPage();
        y = PAGE.margin;
      }
      if (line.kind === 'bullet' && i === 0) doc.text('•', PAGE.margin, y + style.size);
      doc.text(part, PAGE.margin + indent, y + style.size);
      y += height;
    });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
