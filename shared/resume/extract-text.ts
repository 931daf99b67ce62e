/**
 * Resume file -> plain text, for the import screen. PDF through pdfjs-dist (legacy build: it
 * runs in Node and in extension pages), DOCX through mammoth, text as UTF-8. Every failure is a
 * typed ResumeFileError naming the problem; nothing here ever guesses a profile.
 */
import { docxHtmlToText } from './docx-html-text.ts';

export type ResumeFileKind = 'pdf' | 'docx' | 'text';
export type ResumeFileProblem = 'empty' | 'encrypted' | 'no-text' | 'corrupt' | 'unsupported';

const MESSAGES: Record<ResumeFileProblem, string> = {
  empty: 'The file is empty.',
  encrypted:
    'The file is password-protected. Remove the password (or print it to a new PDF) and import again.',
  'no-text':
    'The file has no text layer: it looks scanned or image-only. Export it from your editor, or paste the text.',
  corrupt: 'The file is damaged and cannot be read. Export it again from your editor.',
  unsupported: 'This file type is not supported. Use PDF, DOCX or plain text.',
};

export class ResumeFileError extends Error {
  constructor(
    readonly problem: ResumeFileProblem,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[problem]} (${detail})` : MESSAGES[problem]);
    this.name = 'ResumeFileError';
  }
}

export interface ExtractedText {
  kind: ResumeFileKind;
  text: string;
  /** PDF page count. */
  pages?: number;
}

export interface ExtractOptions {
  fileName?: string;
  mimeType?: string;
  /** URL of pdf.worker.mjs in a browser page; Node and tests need none. */
  pdfWorkerSrc?: string;
}

const startsWith = (b: Uint8Array, hex: string) => {
  for (let i = 0; i < hex.length / 2; i++)
    if (b[i] !== Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)) return false;
  return true;
};

/** The format by its bytes (names and MIME types lie); null when it is none we read. */
export function detectKind(bytes: Uint8Array): ResumeFileKind | null {
  if (startsWith(bytes, '25504446')) return 'pdf'; // %PDF
  if (startsWith(bytes, '504b0304')) return 'docx'; // PK zip
  if (startsWith(bytes, 'd0cf11e0a1b11ae1')) return null; // OLE: .doc, or an encrypted .docx
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      head.length < bytes.length ? bytes.subarray(0, lastCharBoundary(head)) : head,
    );
    return 'text';
  } catch {
    return null;
  }
}

/** Do not cut a multi-byte UTF-8 character when sniffing the first 4 KB. */
function lastCharBoundary(b: Uint8Array): number {
  let end = b.length;
  while (end > 0 && (b[end - 1] & 0xc0) === 0x80) end--;
  return end > 0 && b[end - 1] >= 0xc0 ? end - 1 : b.length;
}

/** An OLE file holding "EncryptionInfo" is a password-protected Office file. */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = 'EncryptionInfo';
  const utf16 = new Uint8Array(needle.length * 2);
  for (let i = 0; i < needle.length; i++) utf16[i * 2] = needle.charCodeAt(i);
  outer: for (let i = 0; i + utf16.length <= bytes.length; i++) {
    for (let j = 0; j < utf16.length; j++) if (bytes[i + j] !== utf16[j]) continue outer;
    return true;
  }
  return false;
}

async function pdfText(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.pdfWorkerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.pdfWorkerSrc;
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // A plain Uint8Array copy: pdfjs rejects Buffer and detaches what it is given.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new ResumeFileError('encrypted');
    throw new ResumeFileError('corrupt', (e as Error).message);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5];
        // A new baseline starts a new line even without an explicit end-of-line mark.
        if (lastY !== null && Math.abs(y - lastY) > 2 && line) {
          lines.push(line);
          line = '';
        }
        line += item.str;
        lastY = y;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
          lastY = null;
        }
      }
      if (line) lines.push(line);
      pages.push(lines.map((l) => l.trimEnd()).join('\n'));
    }
    const text = pages.join('\n\n').trim();
    if (!text) throw new ResumeFileError('no-text');
    return { kind: 'pdf', text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<ExtractedText> {
  const mammoth = (await import('mammoth')).default;
  const copy = bytes.slice().buffer;
  let text: string;
  try {
    const input = typeof Buffer !== 'undefined' ? { buffer: Buffer.from(copy) } : { arrayBuffer: copy };
    // HTML, not raw text: raw text drops the list marks that tell a bullet from a title (docx-html-text.ts).
    // Pictures are left out rather than inlined as data URLs nobody reads.
    const noImages = mammoth.images.imgElement(async () => ({ src: '' }));
    const html = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, {
      convertImage: noImages,
    });
    text = docxHtmlToText(html.value);
  } catch (e) {
    throw new ResumeFileError('corrupt', (e as Error).message);
  }
  if (!text) throw new ResumeFileError('no-text');
  return { kind: 'docx', text };
}

/** Read a resume file's text. Throws ResumeFileError with the problem named. */
export async function extractResumeText(
  data: ArrayBuffer | Uint8Array,
  options: ExtractOptions = {},
): Promise<ExtractedText> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new ResumeFileError('empty');
  const kind = detectKind(bytes);
  if (kind === null) {
    if (startsWith(bytes, 'd0cf11e0a1b11ae1') && isEncryptedOffice(bytes))
      throw new ResumeFileError('encrypted');
    const what = startsWith(bytes, 'd0cf11e0a1b11ae1')
      ? 'Word 97-2003 .doc: save it as .docx or PDF'
      : options.fileName;
    throw new ResumeFileError('unsupported', what);
  }
  if (kind === 'pdf') return pdfText(bytes, options);
  if (kind === 'docx') return docxText(bytes);
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim();
  if (!text) throw new ResumeFileError('empty');
  return { kind: 'text', text };
}
