import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from './support/fixtures';
import { appUrl } from './support/urls';

/**
 * The start of the app on a phone, as the browser records it (docs/performance.md).
 * A script that reads a size or writes a scroll position while the page has changes pending
 * makes the browser compute style and layout on the spot, inside that script's task. On the
 * first results this once was the biggest part of the longest task at start (~100 ms of
 * forced layout in Lighthouse's trace). Here the trace of a phone-sized start must show the
 * browser laying the page out in its own frames only.
 */

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { beginData?: { stackTrace?: Array<{ functionName: string; url: string }> } };
}

async function traceStart(browser: Browser, run: (page: Page) => Promise<void>): Promise<TraceEvent[]> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  try {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.stack',
      ],
    });
    await run(page);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return trace.traceEvents;
  } finally {
    await context.close();
  }
}

/**
 * Style or layout computed because one of the app's scripts asked for it: the event carries the
 * script's stack, with the app's bundle (`/assets/…`) on it.
 */
function forcedLayouts(events: TraceEvent[], origin: string): string[] {
  const app = `${origin}/assets/`;
  return events
    .filter(
      (e) =>
        (e.name === 'UpdateLayoutTree' || e.name === 'Layout') &&
        e.args?.beginData?.stackTrace?.some((frame) => frame.url.startsWith(app)),
    )
    .map((e) => {
      const stack = e.args!.beginData!.stackTrace!.slice(0, 3);
      return `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms from ${stack.map((f) => `${f.functionName || '(anonymous)'} (${f.url.replace(/^.*\//, '')})`).join(' < ')}`;
    });
}

describe('start on a phone', () => {
  test('the first results are laid out by the browser, not forced from a script', async ({ browser }) => {
    const events = await traceStart(browser, async (page) => {
      await page.goto(`${appUrl()}/`);
      // A predicate that reads no layout (a locator's visibility check would force one itself).
      await page.waitForFunction(() => document.querySelectorAll('#results li').length > 3);
      // Two frames after the cards: the list has measured them (ResizeObserver) and settled.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    });
    expect(events.some((e) => e.name === 'Layout')).toBe(true);
    expect(forcedLayouts(events, appUrl())).toEqual([]);
  });
});
