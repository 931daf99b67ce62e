/**
 * A Word file's text as the import reads it, from mammoth's HTML rather than its raw text: raw text drops
 * list formatting, so a role's bullets arrive as bare paragraphs that read like new titles. Here each list
 * item keeps a "• " mark, as a PDF's text layer and a pasted resume keep theirs; paragraphs, headings,
 * line breaks and table cells each end a line. mammoth writes well-formed HTML from a fixed set of
 * elements, so its tags and a few entities are all there is to undo.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

export function docxHtmlToText(html: string): string {
  return (
    html
      .replace(/<li\b[^>]*>/gi, '\n• ')
      .replace(/<br\s*\/?>|<\/(?:p|h[1-6]|li|td|th|tr|ul|ol|table)>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      // One pass, so "&amp;lt;" stays the "&lt;" that was typed.
      .replace(/&(?:(amp|lt|gt|quot|nbsp)|#(\d{1,7}));/g, (_, name?: string, code?: string) =>
        name ? ENTITIES[name] : String.fromCodePoint(Math.min(Number(code), 0x10ffff)),
      )
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n+• /g, '\n• ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
