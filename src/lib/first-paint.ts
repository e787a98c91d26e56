/**
 * Waiting for the page's first paint before heavy work on arrived data (validation, the first
 * results): the header and the loading placeholders reach the screen first, and the work that
 * follows does not hold that first frame back.
 */

import { yieldToBrowser } from './yield-to-browser';

/** Never later than this many ms after navigation: a page that reports no paint is not stalled. */
export const FIRST_PAINT_CAP_MS = 2500;

let firstPaint: Promise<void> | null = null;

const painted = () => performance.getEntriesByName('first-contentful-paint', 'paint').length > 0;

/**
 * Resolves once the first contentful paint is on screen, at once where there is nothing to wait
 * for (no paint timing, as in jsdom or Node; a hidden tab, which does not paint; already painted),
 * and at the latest {@link FIRST_PAINT_CAP_MS} after navigation. Each caller goes on in a task of
 * its own: the collections waiting for the paint do not all continue in one long task.
 */
export async function afterFirstPaint(): Promise<void> {
  await firstPaintOnce();
  await yieldToBrowser();
}

function firstPaintOnce(): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const supported =
      typeof document !== 'undefined' &&
      typeof PerformanceObserver === 'function' &&
      (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
    if (!supported || document.visibilityState !== 'visible' || painted()) {
      resolve();
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(() => {
      if (painted()) done();
    });
    observer.observe({ type: 'paint' });
    const timer = setTimeout(done, Math.max(0, FIRST_PAINT_CAP_MS - performance.now()));
  });
  return firstPaint;
}

/** Tests only: forget the settled promise so the next call looks again. */
export function resetFirstPaintForTests(): void {
  firstPaint = null;
}
