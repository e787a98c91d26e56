import { useElementScrollRestoration } from '@tanstack/react-router';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '@/lib/sites/site';
import { SiteCard } from './site-card';

const ROW_HEIGHT = 116;
/** The router keeps this element's scroll position per history entry (back from a detail restores it). */
const SCROLL_ID = 'result-list';
/**
 * Measured card heights (keyed by site key) from the last mounted list: with them a list that
 * comes back (back from a detail) lays out exactly as before, so the restored offset shows the
 * same cards, not the ones an estimate would put there.
 */
let lastMeasurements: VirtualItem[] = [];

/** The result cards, virtualised so 100,000 results scroll as smoothly as 100. */
export function ResultList({ sites }: { sites: readonly Site[] }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const restored = useElementScrollRestoration({ id: SCROLL_ID });
  // TanStack Virtual returns fresh functions each render, which the React Compiler cannot memoise;
  // this app does not use the compiler, so the lint notice does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sites.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialOffset: restored?.scrollY,
    initialMeasurementsCache: lastMeasurements,
    getItemKey: (i) => sites[i]!.key,
  });
  useEffect(
    () => () => {
      lastMeasurements = virtualizer.takeSnapshot();
    },
    [virtualizer],
  );
  return (
    <div
      ref={scrollRef}
      className="result-list"
      id="results"
      tabIndex={-1}
      data-scroll-restoration-id={SCROLL_ID}
    >
      <ul aria-label={t('search.resultsLabel')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const site = sites[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={sites.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <SiteCard site={site} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
