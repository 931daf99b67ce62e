/** A loading placeholder: grey lines where content will be, announced to screen readers by its label. */
export function Loading({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div className="loading" role="status" aria-live="polite" data-testid="loading">
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder lines have no identity
        <span key={i} aria-hidden="true" style={{ width: `${90 - i * 20}%` }} />
      ))}
    </div>
  );
}
