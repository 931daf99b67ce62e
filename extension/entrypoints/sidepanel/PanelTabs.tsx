export type Tab = 'page' | 'autofill' | 'pipeline' | 'account';

/** The side panel's tab bar: a roving tabindex, so the arrow keys move between tabs and Tab leaves the bar. */
export function PanelTabs({ tab, onSelect }: { tab: Tab; onSelect: (tab: Tab) => void }) {
  return (
    <div className="tabs" role="tablist">
      {(
        [
          ['page', 'This page'],
          ['autofill', 'Autofill'],
          ['pipeline', 'Pipeline'],
          ['account', 'Account'],
        ] as const
      ).map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={tab === id}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onSelect(id)}
          onKeyDown={(e) => {
            const order: Tab[] = ['page', 'autofill', 'pipeline', 'account'];
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = order[(order.indexOf(id) + step + order.length) % order.length]!;
            onSelect(next);
            (
              e.currentTarget.parentElement?.querySelector(`[data-tab="${next}"]`) as HTMLElement | null
            )?.focus();
          }}
          data-tab={id}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
