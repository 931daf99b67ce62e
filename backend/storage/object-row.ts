// A stored object as its storage.objects row describes it, and that row served as an HTTP response the way
// hosted Storage answers a download or HEAD: its metadata becomes the headers, its version the default ETag.

export interface ObjectRow {
  id: string;
  version: string;
  metadata: { mimetype?: string; size?: number; eTag?: string; cacheControl?: string } | null;
  updated_at: Date;
}

/** The row of one object by bucket and name; the connection it runs on decides which rows it may see. */
export const SELECT_OBJECT =
  'select id, version, metadata, updated_at from storage.objects where bucket_id = $1 and name = $2';

/** The object's response: its bytes, or none for a HEAD request. */
export function serveObject(row: ObjectRow, bytes: Uint8Array | null): Response {
  const headers = new Headers({
    'content-type': row.metadata?.mimetype ?? 'application/octet-stream',
    'content-length': String(row.metadata?.size ?? bytes?.byteLength ?? 0),
    'cache-control': row.metadata?.cacheControl ?? 'no-cache',
    etag: row.metadata?.eTag ?? `"${row.version}"`,
    'last-modified': row.updated_at.toUTCString(),
  });
  return new Response(bytes ? new Blob([bytes as BlobPart]) : null, { status: 200, headers });
}
