/** An empty list or panel: what is missing, and what to do next (every empty state says the next step). */
export function EmptyState({
  title,
  next,
  children,
}: {
  title: string;
  next: React.ReactNode;
  /** An optional action (a button or link) that does the next step. */
  children?: React.ReactNode;
}) {
  return (
    <div className="empty stack" data-testid="empty-state">
      <p style={{ margin: 0 }}>
        <strong>{title}</strong>
        {next}
      </p>
      {children}
    </div>
  );
}
