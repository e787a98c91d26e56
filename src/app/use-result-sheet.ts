import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';
import type { SheetSnap } from '@/components/sheet-handle';
import type { ExplorerView } from './layout-params';

const PEEK_FALLBACK = 140;
/** Header and sample-data note above the explorer on a phone (header.css), for the first guess. */
const ABOVE = 99;
/** The strip of map left above the sheet at full height. */
const FULL_GAP = 40;

export interface ResultSheet {
  snap: SheetSnap;
  setSnap: (snap: SheetSnap) => void;
  setDrag: (height: number | null) => void;
  heights: Record<SheetSnap, number>;
  /** The sheet's height and the map's bottom inset (fits keep results above the sheet). */
  style: CSSProperties;
}

/** The sheet's heights: peek just shows the result count (measured), half, and nearly all. */
function measure(explorer: HTMLElement): Record<SheetSnap, number> {
  const height = explorer.clientHeight;
  const sheet = explorer.querySelector('.explorer__panel');
  const count = explorer.querySelector('.explorer__panel .result-count');
  const peek =
    sheet && count
      ? Math.round(count.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top + 4)
      : PEEK_FALLBACK;
  return {
    peek: Math.min(Math.max(peek, 96), height * 0.4),
    half: Math.round(height * 0.5),
    full: Math.max(height - FULL_GAP, height * 0.5),
  };
}

/**
 * The phone's result sheet over the full-screen map: "Karte" starts at the peek, "Liste und
 * Karte" at half height, a site page opens at full height (its facts in the first screen);
 * back on the search the sheet returns to where it was.
 */
export function useResultSheet(
  explorer: RefObject<HTMLElement | null>,
  on: boolean,
  view: ExplorerView,
  detailKey: string | null,
): ResultSheet {
  // Each size belongs to the view (or site) it was chosen for: a new one starts at its default.
  const [chosen, setChosen] = useState<{ for: string; snap: SheetSnap } | null>(null);
  const [drag, setDrag] = useState<number | null>(null);
  // A first guess from the window, so the measured sizes hardly move the sheet (no layout shift).
  const [heights, setHeights] = useState(() => {
    const height = (typeof window === 'undefined' ? 800 : window.innerHeight) - ABOVE;
    return { peek: PEEK_FALLBACK, half: Math.round(height * 0.5), full: height - FULL_GAP };
  });
  const [searchChosen, setSearchChosen] = useState<{ for: string; snap: SheetSnap } | null>(null);
  const owner = detailKey ?? view;
  const fallback: SheetSnap = detailKey ? 'full' : view === 'map' ? 'peek' : 'half';
  const source = detailKey ? chosen : searchChosen;
  const current = source?.for === owner ? source.snap : fallback;
  const setSnap = (snap: SheetSnap) => (detailKey ? setChosen : setSearchChosen)({ for: owner, snap });
  useLayoutEffect(() => {
    const el = explorer.current;
    if (!on || !el) return;
    // Measured in the observer's callback, after the browser's own layout (its first call comes
    // with the first frame): reading sizes from a script earlier would force a layout at start.
    const observer = new ResizeObserver(() => setHeights(measure(el)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [explorer, on]);
  const height = drag ?? heights[current];
  return {
    snap: current,
    setSnap,
    setDrag,
    heights,
    style: on
      ? ({
          '--sheet-height': `${height}px`,
          '--map-bottom-inset': `${Math.min(height, heights.half)}px`,
        } as CSSProperties)
      : {},
  };
}
