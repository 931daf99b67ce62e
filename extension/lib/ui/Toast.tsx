import { useEffect } from 'react';

export interface ToastState {
  message: string;
  action?: { label: string; run: () => void };
}

/**
 * A short-lived message with an optional action (Undo). Dismisses itself after a few seconds, or on
 * Escape. It is laid out in the flow (the side panel puts it in its sticky top bar), never floated over
 * the page, so it cannot cover the thing it reports on.
 */
export function Toast({ toast, onDone }: { toast: ToastState | null; onDone: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDone, 8000);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onDone();
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
    };
  }, [toast, onDone]);
  return (
    <div role="status" aria-live="polite" data-testid="toast-region">
      {toast && (
        <div className="toast">
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action?.run();
                onDone();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
