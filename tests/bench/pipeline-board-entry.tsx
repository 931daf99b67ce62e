// Bundled by tests/bench/pipeline.ts for Chromium: the real Pipeline board component, drawn from plain data.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Board } from '../../extension/entrypoints/pipeline/Board.tsx';
import { groupByStage } from '../../shared/pipeline/filters.ts';
import type { PipelineItem } from '../../shared/pipeline/items.ts';

declare global {
  interface Window {
    renderBoard: (items: PipelineItem[]) => { ms: number; cards: number };
  }
}

const noop = () => undefined;

/** Draws the board into a fresh root and forces layout; returns the wall time and how many cards were drawn. */
window.renderBoard = (items) => {
  const host = document.getElementById('root') as HTMLElement;
  host.replaceChildren();
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() =>
    root.render(
      <Board
        columns={groupByStage(items)}
        selected={new Set()}
        onSelect={noop}
        onMove={async () => undefined}
        announce={noop}
        onRefused={noop}
      />,
    ),
  );
  void host.offsetHeight; // layout, as the user waits for it
  const ms = performance.now() - start;
  const cards = host.querySelectorAll('[data-testid="board-card"]').length;
  root.unmount();
  return { ms, cards };
};
