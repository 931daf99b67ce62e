/**
 * A resume's plain text laid out as a PDF, for benches that import resumes the way a person does: most
 * upload a PDF, and what the import reads is its text layer, broken into the lines of the page.
 * Two layouts:
 * - `export`: the product's own resume export (one column, 10.5 pt, letter), through materialPdf;
 * - `narrow`: a template's main column (11 pt, 300 pt wide, about 55 characters a line) with each
 *   role's dates set flush right on the title line, as many resume templates do. Its lines break
 *   where the page does, mid-sentence and mid-bullet.
 * The text is the resume's own; only where lines break and what sits on one line changes.
 */
import { jsPDF } from 'jspdf';
import { materialPdf, toWinAnsi } from '../../shared/materials/export/pdf.ts';
import type { Line } from '../../shared/materials/render.ts';
import { extractResumeText } from '../../shared/resume/extract-text.ts';

export type ResumeLayout = 'export' | 'narrow';
export const RESUME_LAYOUTS: readonly ResumeLayout[] = ['export', 'narrow'];

const BULLET = /^[-*•▪]\s+/;
// A section heading as a typesetter sees one: a short line in capitals. Only its font depends on this.
const CAPS_HEADING = /^[A-Z][A-Z0-9 &/,'-]{2,40}:?$/;
// "Title | Mar 2021 - Present": the part after the last bar holds a year; a template sets it flush right.
const DATES_AFTER_BAR = /^(.*\S)\s+\|\s+([^|]*\b(?:19|20)\d\d\b[^|]*)$/;

/** The resume's lines as the export's line kinds: name, contact lines up to the first heading, then the rest. */
export function resumeLines(text: string): Line[] {
  let seenHeading = false;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t, i): Line => {
      if (i === 0) return { kind: 'name', text: t };
      if (CAPS_HEADING.test(t)) {
        seenHeading = true;
        return { kind: 'heading', text: t };
      }
      if (!seenHeading) return { kind: 'contact', text: t };
      if (BULLET.test(t)) return { kind: 'bullet', text: t.replace(BULLET, '') };
      return { kind: 'text', text: t };
    });
}

function narrowPdf(lines: Line[]): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true });
  const left = 60;
  const width = 300;
  const size = 11;
  let y = 60;
  const put = (text: string, x: number, options?: { align: 'right' }) => {
    if (y > 740) {
      doc.addPage();
      y = 60;
    }
    doc.text(text, x, y, options);
  };
  for (const line of lines) {
    const bold = line.kind === 'name' || line.kind === 'heading';
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(line.kind === 'name' ? 16 : size);
    if (line.kind === 'heading') y += 8;
    const dated = line.kind === 'text' ? DATES_AFTER_BAR.exec(line.text) : null;
    const text = toWinAnsi(dated ? dated[1] : line.text);
    const indent = line.kind === 'bullet' ? 10 : 0;
    const parts: string[] = doc.splitTextToSize(text, width - indent - (dated ? 110 : 0));
    parts.forEach((part, i) => {
      if (line.kind === 'bullet' && i === 0) put('•', left);
      put(part, left + indent);
      if (dated && i === 0) put(toWinAnsi(dated[2]), left + width, { align: 'right' });
      y += size * 1.3;
    });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The text the import reads from the resume printed to a PDF in the given layout. */
export async function resumeTextViaPdf(text: string, layout: ResumeLayout): Promise<string> {
  const lines = resumeLines(text);
  const bytes = layout === 'export' ? materialPdf(lines, 'Resume') : narrowPdf(lines);
  return (await extractResumeText(bytes, { fileName: 'resume.pdf' })).text;
}
