// The file part of a multipart/form-data upload. supabase-js names the file field '' (an empty name), which
// Deno's Request.formData() drops, so the stand-in finds the part that carries a filename itself.

export interface FilePart {
  bytes: Uint8Array;
  mime: string;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function fileFromMultipart(raw: Uint8Array, contentType: string): FilePart | null {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return null;
  const encoder = new TextEncoder();
  const delimiter = encoder.encode(`--${boundary}`);
  const headerEnd = encoder.encode('\r\n\r\n');
  let at = indexOf(raw, delimiter, 0);
  while (at >= 0) {
    const start = at + delimiter.length + 2; // past the delimiter's CRLF
    const next = indexOf(raw, delimiter, start);
    if (next < 0) return null;
    const split = indexOf(raw, headerEnd, start);
    if (split > 0 && split < next) {
      const headers = new TextDecoder().decode(raw.subarray(start, split));
      if (/filename=/i.test(headers)) {
        const mime = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'text/plain;charset=UTF-8';
        return { bytes: raw.slice(split + headerEnd.length, next - 2), mime }; // part ends with CRLF
      }
    }
    at = next;
  }
  return null;
}
