import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { SheetSnap } from '@/components/sheet-handle';
import type { ExplorerView } from './layout-params';

/** Grip (44 px), view switch (52 px) and the result count (44 px). */
const PEEK = 140;
/** Header and sample-data note above the explorer on a phone (header.css), for the first guess. */
const ABOVE = 99;
/** The strip of map left above the sheet at full height. */
const FULL_GAP = 40;
/** On a site page the peek shows, below the back link, the site's kind and two lines of its name. */
const SITE_PEEK_EXTRA = 96;

export interface ResultSheet {
  snap: SheetSnap;
  setSnap: (snap: SheetSnap) => void;
  setDrag: (height: number | null) => void;
  heights: Record<SheetSnap, number>;
  /** The sheet's height and the map's bottom inset (fits keep results above the sheet). */
  style: CSSProperties;
  /** The map's bottom inset at the sheet's resting height (0 without a sheet): the start view's. */
  restingInset: number;
}

/**
 * The phone's height from `screen`: unlike `innerHeight` or any element's size, reading it never
 * makes the browser lay out the page (start.e2e.ts holds the start to that).
 */
const screenHeight = () => (typeof screen === 'undefined' ? 800 : screen.height);

/** The sheet's heights for an explorer this tall: peek shows grip, view switch and the count. */
function heightsFor(height: number): Record<SheetSnap, number> {
  return {
    peek: Math.min(PEEK, height * 0.4),
    half: Math.round(height * 0.5),
    full: Math.max(height - FULL_GAP, height * 0.5),
  };
}

const withSitePeek = (heights: Record<SheetSnap, number>): Record<SheetSnap, number> => ({
  ...heights,
  peek: Math.min(heights.peek + SITE_PEEK_EXTRA, heights.half),
});

/**
 * The phone's result sheet over the full-screen map: "Karte" starts at the peek, "Liste und
 * Karte" at half height, a site page opens at full height (its facts in the first screen), and
 * at the peek when "Karte" is chosen there (the site on the map; its peek holds the name); back on
 * the search the sheet returns to where it was.
 */
export function useResultSheet(on: boolean, view: ExplorerView, detailKey: string | null): ResultSheet {
  // Each size belongs to the view (or site) it was chosen for: a new one starts at its default.
  const [chosen, setChosen] = useState<{ for: string; snap: SheetSnap } | null>(null);
  const [drag, setDrag] = useState<number | null>(null);
  // Sizes from the screen from the first render on: nothing measured later moves the sheet.
  const [searchHeights, setHeights] = useState(() => heightsFor(screenHeight() - ABOVE));
  const onSite = detailKey !== null;
  const heights = useMemo(
    () => (onSite ? withSitePeek(searchHeights) : searchHeights),
    [onSite, searchHeights],
  );
  const [searchChosen, setSearchChosen] = useState<{ for: string; snap: SheetSnap } | null>(null);
  const owner = detailKey ? `${detailKey} ${view}` : view;
  const fallback: SheetSnap = view === 'map' ? 'peek' : detailKey ? 'full' : 'half';
  const source = detailKey ? chosen : searchChosen;
  const current = source?.for === owner ? source.snap : fallback;
  const setSnap = (snap: SheetSnap) => (detailKey ? setChosen : setSearchChosen)({ for: owner, snap });
  useEffect(() => {
    if (!on) return;
    // From the window's height, never from a layout read: reading sizes in a script (even in a
    // ResizeObserver callback, after another one changed the page) forced a layout at start.
    const update = () => setHeights(heightsFor(screenHeight() - ABOVE));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [on]);
  const height = drag ?? heights[current];
  const inset = (h: number) => Math.min(h, heights.half);
  return {
    restingInset: on ? inset(heights[current]) : 0,
    snap: current,
    setSnap,
    setDrag,
    heights,
    style: on
      ? ({
          '--sheet-height': `${height}px`,
          '--map-bottom-inset': `${inset(height)}px`,
        } as CSSProperties)
      : {},
  };
}
