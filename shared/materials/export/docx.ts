// A material as an ATS-friendly DOCX: one column of real paragraphs (headings, Word's own bullets),
// no tables or text boxes. docx (dolanmiu/docx): maintained, MIT, builds the file in the browser or Node.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Line } from '../render.ts';

function paragraph(line: Line): Paragraph {
  switch (line.kind) {
    case 'name':
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: line.text, bold: true })],
      });
    case 'contact':
      return new Paragraph({ children: [new TextRun({ text: line.text, size: 19 })] });
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, text: line.text });
    case 'subheading':
      return new Paragraph({ children: [new TextRun({ text: line.text, bold: true })] });
    case 'bullet':
      return new Paragraph({ bullet: { level: 0 }, text: line.text });
    default:
      return new Paragraph({ text: line.text, spacing: { after: 120 } });
  }
}

export async function materialDocx(lines: Line[], title: string): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'Jobraker',
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [{ children: lines.map(paragraph) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
