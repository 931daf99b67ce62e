import { type ReactNode, useId } from 'react';

/**
 * A profile section that folds away (long lists: skills, experience). A native <details>: the
 * keyboard, screen readers and find-in-page already know it. Its heading says how many entries it holds.
 */
export function Fold({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  const id = useId();
  return (
    <details className="card fold" open>
      <summary>
        <h2 id={id}>
          {title}
          {count !== undefined && <span className="muted small"> ({count})</span>}
        </h2>
      </summary>
      <section className="stack" aria-labelledby={id} style={{ marginTop: 8 }}>
        {children}
      </section>
    </details>
  );
}
