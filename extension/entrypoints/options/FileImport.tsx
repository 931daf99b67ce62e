import { useRef } from 'react';

export type ImportStatus = { kind: 'ok' | 'error'; text: string } | null;

/**
 * A labelled file input that hands over the chosen file, then clears itself so that choosing the same file
 * again (after fixing it) still fires.
 */
export function FileImportInput(props: {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File) => Promise<void>;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const choose = async (file: File) => {
    try {
      await props.onFile(file);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };
  return (
    <label className="row" style={{ display: 'inline-flex' }}>
      <span className="muted">{props.label}</span>
      <input
        ref={fileRef}
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])}
      />
    </label>
  );
}

/** What an export or import did: a status for success, an alert for failure. */
export function ImportStatusLine({ status }: { status: ImportStatus }) {
  return status ? (
    <div className={`notice ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      {status.text}
    </div>
  ) : null;
}
