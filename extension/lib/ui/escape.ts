/**
 * Escape closes what is open around the focus on every extension page: the innermost open <details>
 * (disclosures such as "Local model" or a draft's sources) folds and its summary takes the focus back.
 * Toasts dismiss themselves on Escape (Toast.tsx). Installed once by mount().
 */
export function closeOnEscape(doc: Document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const open = (doc.activeElement as Element | null)?.closest('details[open]');
    if (!(open instanceof HTMLDetailsElement)) return;
    open.open = false;
    open.querySelector<HTMLElement>(':scope > summary')?.focus();
    e.preventDefault();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
