/**
 * A resume's plain text saved as a file, for benches that import resumes the way a person does: they
 * upload a PDF or a Word file, and the import reads its text (shared/resume/extract-text.ts). Layouts:
 * - `export`: a PDF in the product's own resume export (one column, 10.5 pt, letter), via materialPdf;
 *   its lines break where the page does, mid-sentence and mid-bullet;
 * - `narrow`: a PDF in a template's main column (11 pt, 300 pt wide, about 55 characters a line) with
 *   each role's dates set flush right on the title line, as many resume templates do;
 * - `docx`: a Word file in the product's DOCX export (real paragraphs, Word's own bullets), via
 *   materialDocx; a bullet's marker is list formatting, not text.
 * The text is the resume's own; only where lines break, what sits on one line and how bullets are marked
 * changes.
 */
import { jsPDF } from 'jspdf';
import { materialDocx } from '../../shared/materials/export/docx.ts';
import { materialPdf, toWinAnsi } from '../../shared/materials/export/pdf.ts';
import type { Line } from '../../shared/materials/render.ts';
import { extractResumeText } from '../../shared/resume/extract-text.ts';

export type ResumeLayout = 'export' | 'narrow' | 'docx';
export const RESUME_LAYOUTS: readonly ResumeLayout[] = ['export', 'narrow', 'docx'];

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

/** The text the import reads from the resume saved as a file in the given layout. */
export async function resumeTextViaFile(text: string, layout: ResumeLayout): Promise<string> {
  const lines = resumeLines(text);
  const bytes =
    layout === 'export'
      ? materialPdf(lines, 'Resume')
      : layout === 'narrow'
        ? narrowPdf(lines)
        : await materialDocx(lines, 'Resume');
  return (await extractResumeText(bytes)).text;
}
