import type { Profile } from '../../shared/domain/index.ts';
import { type Line, materialTitle } from '../../shared/materials/index.ts';
import { saveFile } from '../lib/ui/save-file.ts';

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** PDF and DOCX of a resume or cover letter, built in the page (the libraries load on first use). */
export function ExportButtons({
  lines,
  profile,
  kind,
}: {
  lines: Line[];
  profile: Profile;
  kind: 'resume' | 'cover_letter';
}) {
  const save = async (format: keyof typeof TYPES) => {
    const title = materialTitle(profile, kind);
    const bytes =
      format === 'pdf'
        ? (await import('../../shared/materials/export/pdf.ts')).materialPdf(lines, title)
        : await (await import('../../shared/materials/export/docx.ts')).materialDocx(lines, title);
    saveFile(bytes as BlobPart, TYPES[format], `${title}.${format}`);
  };
  return (
    <div className="row">
      <button type="button" onClick={() => void save('pdf')}>
        Export PDF
      </button>
      <button type="button" onClick={() => void save('docx')}>
        Export DOCX
      </button>
    </div>
  );
}
