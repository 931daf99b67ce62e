import { useState } from 'react';

export type Density = 'comfortable' | 'compact';
const KEY = 'jobraker.pipeline.density';

/** The board's density, a display preference of this browser (kept in the page's localStorage, never synced). */
export function useDensity(): [Density, (d: Density) => void] {
  const [density, setDensity] = useState<Density>(() =>
    localStorage.getItem(KEY) === 'compact' ? 'compact' : 'comfortable',
  );
  return [
    density,
    (d) => {
      localStorage.setItem(KEY, d);
      setDensity(d);
    },
  ];
}
