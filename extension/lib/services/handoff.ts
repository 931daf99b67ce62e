// Moves the materials chosen for a job into autofill: reads the choices, asks shared/materials which
// documents to hand over (decideHandoff), and builds the chosen versions' PDFs for a fill.
import { bytesToBase64 } from '../../../shared/domain/base64.ts';
import type { DocumentMeta, Profile } from '../../../shared/domain/index.ts';
import { materialPdf } from '../../../shared/materials/export/pdf.ts';
import { decideHandoff, type Line } from '../../../shared/materials/index.ts';
import type { AutofillFile, AutofillInput } from '../autofill/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { findJobByUrl } from './jobs.ts';
import { chosenVersion, toMaterialJob } from './materials.ts';

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A chosen version as the PDF a file input receives (built only when the fill needs the bytes). */
async function pdfFile(
  doc: { fileName: string; title: string; lines: Line[]; source: string; confidence: number },
  withFile: boolean,
): Promise<AutofillFile> {
  const file = {
    name: doc.fileName,
    type: 'application/pdf',
    source: doc.source,
    confidence: doc.confidence,
  };
  if (!withFile) return { ...file, sha256: '' };
  const bytes = new Uint8Array(materialPdf(doc.lines, doc.title));
  return { ...file, sha256: await sha256(bytes), base64: bytesToBase64(bytes) };
}

export interface Handed {
  resume: AutofillInput['resume'];
  coverLetter: AutofillInput['coverLetter'];
  notes: string[];
}

/**
 * The resume and cover letter autofill uses on the page at `url`: the versions chosen for the saved
 * job the page belongs to, else the master resume (`master`, with `masterFile` to read its bytes).
 */
export async function handOff(
  db: JobrakerDatabase,
  opts: {
    url: string | undefined;
    profile: Profile;
    master: DocumentMeta | undefined;
    masterFile: (doc: DocumentMeta) => Promise<AutofillFile>;
    withFile: boolean;
  },
): Promise<Handed> {
  const job = opts.url ? await findJobByUrl(db, opts.url) : undefined;
  const decision = decideHandoff({
    profile: opts.profile,
    job: job ? toMaterialJob(job) : null,
    chosen: job
      ? {
          resume: await chosenVersion(db, job.id, 'resume'),
          coverLetter: await chosenVersion(db, job.id, 'cover_letter'),
        }
      : {},
    masterResume: opts.master ? { name: opts.master.fileName } : null,
  });
  const r = decision.resume;
  const resume =
    r?.from === 'tailored'
      ? await pdfFile(r, opts.withFile)
      : r && opts.master
        ? await opts.masterFile(opts.master)
        : null;
  const c = decision.coverLetter;
  const coverLetter = c
    ? { text: c.text, source: c.source, confidence: c.confidence, file: await pdfFile(c, opts.withFile) }
    : null;
  return { resume, coverLetter, notes: decision.notes };
}
