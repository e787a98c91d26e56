/**
 * In-page probes and CDP reads for scripts/measure/load-to-count.ts: the fetch + parse floor,
 * the init script that records long tasks and the moment the full count is on screen, and the
 * JS heap of the page and its workers.
 */
import type { CDPSession, Page } from 'playwright-core';

/** What the init script keeps on `window.__sfProbe` (times in ms since navigation start). */
export interface Probe {
  longTasks: [start: number, duration: number][];
  /**
   * Each new number the result count showed (its numbers summed: "6.720 Flächen · 2.934 Hallen"
   * is 9654): at the DOM change, and at the next animation frame.
   */
  counts: { sum: number; domAt: number; frameAt: number | null }[];
  /** Each `sf:map-first-frame` mark: a live-map frame of a result set, and its size (null: no detail). */
  mapFrames: [at: number, results: number | null][];
  /** The map container reported rendered sites (MapLibre idle with sites in view). */
  renderedAt: number | null;
  /** The first pointer move the page saw. */
  pointerAt: number | null;
}

/**
 * Runs before any script of the page: a `longtask` observer, a MutationObserver that notes each
 * number `.result-count` shows (the app shows numbers only once every collection is loaded,
 * src/lib/sites/use-sites.ts) and when the map reports rendered sites, and the first pointer move.
 */
export function installProbe(): void {
  const probe: Probe = { longTasks: [], counts: [], mapFrames: [], renderedAt: null, pointerAt: null };
  (window as unknown as { __sfProbe: Probe }).__sfProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntriesByName('sf:map-first-frame')) {
      const detail = (e as PerformanceMark).detail as { results?: number } | null;
      probe.mapFrames.push([e.startTime, detail?.results ?? null]);
    }
  }).observe({ type: 'mark', buffered: true });
  const sumOf = (text: string) =>
    (text.match(/\d[\d.,\u202f\u00a0]*/g) ?? []).reduce((s, n) => s + Number(n.replace(/\D/g, '')), 0);
  const check = () => {
    const sum = sumOf(document.querySelector('.result-count')?.textContent ?? '');
    if (sum > 0 && sum !== probe.counts.at(-1)?.sum) {
      const entry = { sum, domAt: performance.now(), frameAt: null as number | null };
      probe.counts.push(entry);
      requestAnimationFrame(() => (entry.frameAt = performance.now()));
    }
    const rendered = document.querySelector('[data-rendered-sites]')?.getAttribute('data-rendered-sites');
    if (probe.renderedAt === null && Number(rendered) > 0) probe.renderedAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributeFilter: ['data-rendered-sites'],
  });
  const onPointer = () => {
    probe.pointerAt ??= performance.now();
    window.removeEventListener('pointermove', onPointer, true);
  };
  window.addEventListener('pointermove', onPointer, true);
}

export interface FloorResult {
  fetchMs: number;
  parseMs: number;
  pages: number;
  features: number;
  chars: number;
}

/**
 * In a page of the app's origin: every items page of each collection, one after the other,
 * following `next`; `fetch` + `res.text()` timed apart from `JSON.parse`. Not cached.
 */
export async function fetchParseFloor({
  urls,
  accept,
}: {
  urls: string[];
  accept: string;
}): Promise<FloorResult> {
  const out: FloorResult = { fetchMs: 0, parseMs: 0, pages: 0, features: 0, chars: 0 };
  for (const first of urls) {
    let url: string | null = first;
    while (url) {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { Accept: accept }, cache: 'no-store' });
      const text = await res.text();
      const t1 = performance.now();
      const body = JSON.parse(text) as { features: unknown[]; links?: { rel: string; href: string }[] };
      out.parseMs += performance.now() - t1;
      out.fetchMs += t1 - t0;
      out.pages += 1;
      out.features += body.features.length;
      out.chars += text.length;
      const next = body.features.length > 0 ? body.links?.find((l) => l.rel === 'next') : undefined;
      url = next ? new URL(next.href, url).href : null;
    }
  }
  return out;
}

/** The same, all collections at once (as the app asks for them): wall time from first request to last parse. */
export async function fetchParseConcurrent({
  urls,
  accept,
}: {
  urls: string[];
  accept: string;
}): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    urls.map(async (first) => {
      let url: string | null = first;
      while (url) {
        const res = await fetch(url, { headers: { Accept: accept }, cache: 'no-store' });
        const body = JSON.parse(await res.text()) as {
          features: unknown[];
          links?: { rel: string; href: string }[];
        };
        const next = body.features.length > 0 ? body.links?.find((l) => l.rel === 'next') : undefined;
        url = next ? new URL(next.href, url).href : null;
      }
    }),
  );
  return performance.now() - t0;
}

export interface HeapRead {
  mainBytes: number;
  workerBytes: number[];
}

/**
 * JS heap in use after a garbage collection: the page's main thread (`Runtime.getHeapUsage`) and
 * every worker it runs. Playwright's CDPSession cannot address flattened child sessions, so the
 * workers are attached without flattening and asked through `Target.sendMessageToTarget`.
 */
export async function readHeap(page: Page): Promise<HeapRead> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const main = await cdp.send('Runtime.getHeapUsage');
  const workers: string[] = [];
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type !== 'page' && e.targetInfo.type !== 'iframe') workers.push(e.sessionId);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 200));
  const ask = workerAsker(cdp);
  const workerBytes: number[] = [];
  for (const sessionId of workers) {
    await ask(sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await ask(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
    workerBytes.push(usage.usedSize);
  }
  await cdp.detach();
  return { mainBytes: main.usedSize, workerBytes };
}

/** Sends one command to a non-flattened child session and resolves with its result. */
function workerAsker(cdp: CDPSession) {
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (message.id === undefined) return;
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  return async (sessionId: string, method: string): Promise<unknown> => {
    const mine = ++id;
    const answer = new Promise<unknown>((resolve, reject) => {
      waiting.set(mine, resolve);
      setTimeout(() => reject(new Error(`no answer to ${method} from worker ${sessionId}`)), 10_000);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: mine, method }),
    });
    return answer;
  };
}
