import {
  elementScroll,
  measureElement as measureNow,
  observeElementRect as observeRectNow,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';

/**
 * Sizes for the virtualised result list without forcing a synchronous layout.
 *
 * TanStack Virtual's defaults read the scroll element's size as the list mounts and each card's
 * height from the ref callback, both inside React's commit: the browser must compute style and
 * layout for everything rendered so far, in the middle of a script. On the first results that
 * was the biggest part of the longest task at start (docs/performance.md). Here the
 * sizes come from ResizeObserver, which reports them after the browser's own layout; until then
 * the list uses a guess of its height and the estimated card height. The cards flow one after the
 * other (only the block of rendered cards is moved), so a wrong estimate cannot make cards
 * overlap; it only shifts the scroll height until the observer reports.
 *
 * The same goes for the scroll position: a new list is at the top, so the virtualizer's first
 * "scroll to 0" as it attaches is skipped (writing scrollTop makes the browser lay out first).
 *
 * Where ResizeObserver is missing (jsdom in unit tests, very old browsers) the library's own
 * synchronous reads are used.
 */

const hasResizeObserver = () => typeof ResizeObserver !== 'undefined';

/**
 * A first size for the scroll element, read without layout: the list's height on a phone
 * (75vh, responsive.css). A guess too tall renders cards that go again once the observer
 * reports, which costs more than the few added when the guess is short (wider screens).
 */
export function initialListRect(): Rect {
  if (typeof screen === 'undefined') return { width: 0, height: 0 };
  return { width: screen.width, height: Math.round(screen.height * 0.75) };
}

export function observeListRect(
  instance: Virtualizer<HTMLDivElement, HTMLLIElement>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  if (!hasResizeObserver()) return observeRectNow(instance, onRect);
  const element = instance.scrollElement;
  if (!element) return undefined;
  // Called after layout, so clientWidth/clientHeight are read from a layout that is already done.
  const observer = new ResizeObserver(() =>
    onRect({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

export function measureListItem(
  element: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLLIElement>,
): number {
  if (entry || !hasResizeObserver()) return measureNow(element, entry, instance);
  // First sight of a card (its ref callback): keep what is known; the observer reports its
  // real height after the browser lays it out.
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

const attached = new WeakSet<Element>();

export function scrollListTo(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLDivElement, HTMLLIElement>,
): void {
  const element = instance.scrollElement;
  if (element && !attached.has(element)) {
    attached.add(element);
    // The write as the list attaches; a fresh element is already at 0. A restored offset is written.
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
