import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_CAP_MS, resetFirstPaintForTests } from './first-paint';

/** A browser that reports paint timing: observers are kept so a test can deliver the paint. */
function paintingBrowser() {
  const observers: (() => void)[] = [];
  let paintedAt: number | null = null;
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'mark'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) =>
    name === 'first-contentful-paint' && paintedAt !== null
      ? [{ name, startTime: paintedAt } as PerformanceEntry]
      : [],
  );
  return {
    paint() {
      paintedAt = performance.now();
      observers.forEach((notify) => notify());
    },
  };
}

/** A real task later (afterFirstPaint goes on in a task of its own), with timers run up to now. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  await nextTask();
  await nextTask();
  return done;
};

describe('afterFirstPaint', () => {
  beforeEach(() => {
    resetFirstPaintForTests();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('does not wait where the browser reports no paints (jsdom, Node)', async () => {
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('waits for the first contentful paint, then lets everything through', async () => {
    const browser = paintingBrowser();
    const first = afterFirstPaint();
    expect(await settled(first)).toBe(false);
    browser.paint();
    expect(await settled(first)).toBe(true);
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('does not wait for a paint that already happened', async () => {
    paintingBrowser().paint();
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('gives up waiting at the cap after navigation when no paint is reported', async () => {
    paintingBrowser();
    vi.spyOn(performance, 'now').mockReturnValue(500);
    const waiting = afterFirstPaint();
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_CAP_MS - 500 - 1);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });

  it('does not wait in a hidden tab, which does not paint', async () => {
    paintingBrowser();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(await settled(afterFirstPaint())).toBe(true);
  });
});
