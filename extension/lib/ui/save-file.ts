/**
 * Hands bytes to the browser's download as a named file. The object URL is revoked a little later:
 * revoking it at once can cancel the download before the browser has read it.
 */
export function saveFile(data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
