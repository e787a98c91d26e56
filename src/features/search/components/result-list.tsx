import { useElementScrollRestoration } from '@tanstack/react-router';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useHoveredSite } from '@/lib/selection/hovered-site';
import { useTranslation } from 'react-i18next';
import { indexOfKey, type SiteSequence } from '@/lib/sites/site-sequence';
import { initialListRect, measureListItem, observeListRect, scrollListTo } from './list-measure';
import { revealInPanel } from './reveal-in-panel';
import type { SearchedFor } from '../searched-facts';
import type { ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { SiteCard, type RenderCardExtra } from './site-card';

/**
 * A card's height before it is measured: a little above the usual (median 133 px on a desktop,
 * 159 px on a phone). Guessing high, the measured cards only ever make
 * room for more; guessing low rendered cards that were removed again after the first
 * measurement, which Lighthouse's trace showed as tens of milliseconds on a phone.
 */
const ROW_HEIGHT = 170;
/**
 * The router keeps this element's scroll position per history entry: TanStack Router records
 * every element that scrolls (by this id, else by a CSS path) and sets `scrollTop` again after
 * the route renders (router-core's scroll-restoration.js; `useElementScrollRestoration` below
 * switches that on even without the router option). `initialOffset` hands the same offset to
 * the virtualizer, so its first render already holds the cards at that place.
 */
const SCROLL_ID = 'result-list';
/**
 * Measured card heights (by position) from the last mounted list: with them a list that
 * comes back (back from a detail) lays out exactly as before, so the restored offset shows the
 * same cards, not the ones an estimate would put there.
 */
let lastMeasurements: VirtualItem[] = [];

interface ResultListProps {
  sites: SiteSequence;
  /** The site selected on the map: the list scrolls to its card and marks it. */
  selectedKey?: string | null;
  /** Marks and actions the app layer adds to each card. */
  renderCardExtra?: RenderCardExtra | undefined;
  /** What the search asks for, shown on each card. */
  asked?: SearchedFor | undefined;
  /** One area unit for all cards (`viewAreaUnit` of the search's kinds). */
  areaUnit?: ViewAreaUnit | undefined;
}

/**
 * The result cards, virtualised so 100,000 results scroll as smoothly as 100. Hovering or
 * focusing a card highlights its site on the map; a site hovered on the map marks its card.
 */
export function ResultList({ sites, selectedKey = null, renderCardExtra, asked, areaUnit }: ResultListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const hoveredKey = useHoveredSite((s) => s.key);
  const setHovered = useHoveredSite((s) => s.set);
  const revealKey = useHoveredSite((s) => (s.reveal ? s.key : null));
  const restored = useElementScrollRestoration({ id: SCROLL_ID });
  // TanStack Virtual returns fresh functions each render, which the React Compiler cannot memoise;
  // this app does not use the compiler, so the lint notice does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sites.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Three cards beyond the visible ones each way: enough for keyboard focus and smooth
    // scrolling, and a third fewer nodes to create for the first results.
    overscan: 3,
    initialOffset: restored?.scrollY,
    initialMeasurementsCache: lastMeasurements,
    // Sizes from ResizeObserver, never read in the middle of a render (list-measure.ts).
    initialRect: initialListRect(),
    observeElementRect: observeListRect,
    measureElement: measureListItem,
    scrollToFn: scrollListTo,
    // Rows are keyed by position (the default): a key per site would make the virtualizer read
    // every result's key on each change (~170 ms at 50,000 results in a CPU profile). Back from
    // a detail the same URL gives the same order, so measurements by position still fit.
  });
  useEffect(
    () => () => {
      lastMeasurements = virtualizer.takeSnapshot();
    },
    [virtualizer],
  );
  const items = virtualizer.getVirtualItems();
  const selectedIndex = selectedKey ? indexOfKey(sites, selectedKey) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  // A site stepped to on the map by keyboard: its card comes into view, the list too.
  const revealIndex = revealKey ? indexOfKey(sites, revealKey) : -1;
  useEffect(() => {
    if (revealIndex < 0) return;
    virtualizer.scrollToIndex(revealIndex, { align: 'auto' });
    if (scrollRef.current) revealInPanel(scrollRef.current);
  }, [revealIndex, virtualizer]);
  return (
    <div
      ref={scrollRef}
      className="result-list"
      id="results"
      tabIndex={-1}
      data-scroll-restoration-id={SCROLL_ID}
    >
      {/* The sizer holds the whole list's height; the rendered cards flow inside one block
          moved to the first card's offset, so estimated heights never make cards overlap. */}
      <div className="result-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        <ul
          aria-label={t('search.resultsLabel')}
          style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
        >
          {items.map((row) => {
            const site = sites.at(row.index)!;
            return (
              <li
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                aria-setsize={sites.length}
                aria-posinset={row.index + 1}
                className={[
                  site.key === hoveredKey ? 'result-list__item--hover' : '',
                  site.key === selectedKey ? 'result-list__item--selected' : '',
                ].join(' ')}
                aria-current={site.key === selectedKey ? 'true' : undefined}
                onMouseEnter={() => setHovered(site.key)}
                onMouseLeave={() => setHovered(null)}
                onFocus={() => setHovered(site.key)}
                onBlur={() => setHovered(null)}
              >
                <SiteCard site={site} renderExtra={renderCardExtra} asked={asked} areaUnit={areaUnit} />
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
