import { fire, sleep } from './events.ts';

export interface AttachResult {
  ok: boolean;
  detail: string;
}

export type DataTransferFactory = () => DataTransfer;

/**
 * Puts a File into <input type=file> through DataTransfer, then checks the input still
 * holds it a moment later: some ATSs clear or refuse synthetic files (Lever, live Greenhouse).
 */
export async function attachFile(
  input: Element,
  file: File,
  createDataTransfer: DataTransferFactory = () => new DataTransfer(),
  settleMs = 50,
): Promise<AttachResult> {
  const el = input as HTMLInputElement;
  let transfer: DataTransfer;
  try {
    transfer = createDataTransfer();
    transfer.items.add(file);
    el.files = transfer.files;
  } catch (error) {
    return { ok: false, detail: `this page refused the file (${(error as Error).message})` };
  }
  fire(el, 'input');
  fire(el, 'change');
  await sleep(settleMs);
  if (!el.files || el.files.length === 0)
    return { ok: false, detail: 'the form dropped the file: attach it yourself' };
  const name = el.files[0]?.name;
  return name === file.name
    ? { ok: true, detail: `attached ${file.name}` }
    : { ok: false, detail: `the form holds "${name}" instead of ${file.name}` };
}
