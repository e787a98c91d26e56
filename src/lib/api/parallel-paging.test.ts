import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { fetchAllPages } from './ogc-client';
import { PARALLEL_PAGES } from './parallel-pages';

/**
 * An OGC API server that pages by offset (limit 2): features are numbered by position, so the
 * result shows order, gaps and duplicates at a glance. Each test shapes its pages and may hold
 * a request back to see which requests overlap.
 */
const items = 'https://geo.example.org/api/collections/plots/items';
const first = `${items}?f=json&limit=2`;

interface PageRequest {
  url: URL;
  offset: number;
  signal: AbortSignal;
}
interface Shape {
  total: (offset: number) => number;
  count: (offset: number, total: number) => number;
  next: (url: URL, offset: number, returned: number) => string;
  numberMatched: boolean;
  hold: (request: PageRequest) => Promise<void>;
}
const offsetNext = (url: URL, offset: number, returned: number) => {
  const next = new URL(url);
  next.searchParams.set('offset', String(offset + returned));
  return next.href;
};
const plain: Shape = {
  total: () => 9,
  count: (offset, total) => Math.max(0, Math.min(2, total - offset)),
  next: offsetNext,
  numberMatched: true,
  hold: () => Promise.resolve(),
};
let shape: Shape = plain;
/** Every request, as it starts (`+offset`) and as it is answered (`-offset`). */
let log: string[] = [];

function pageAt(url: URL) {
  const offset = Number(url.searchParams.get('offset') ?? '0');
  const total = shape.total(offset);
  const count = shape.count(offset, total);
  const ids = Array.from({ length: count }, (_, i) => offset + i);
  const more = count > 0 && offset + count < total;
  return {
    type: 'FeatureCollection',
    ...(shape.numberMatched ? { numberMatched: total } : {}),
    numberReturned: count,
    links: more ? [{ rel: 'next', href: shape.next(url, offset, count), type: 'application/geo+json' }] : [],
    features: ids.map((id) => ({ type: 'Feature', id, geometry: null, properties: {} })),
  };
}

const answer = async ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  const offset = Number(url.searchParams.get('offset') ?? '0');
  log.push(`+${offset}`);
  await shape.hold({ url, offset, signal: request.signal });
  log.push(`-${offset}`);
  return HttpResponse.json(pageAt(url));
};
/** A second path, for next links that lead elsewhere on the same server. */
const otherItems = `${items}-b`;
/** The next offset, alternating between the two paths. */
const elsewhereOnServer = (url: URL, offset: number, returned: number) => {
  const next = new URL(offsetNext(url, offset, returned));
  next.pathname = new URL(url.pathname.endsWith('-b') ? items : otherItems).pathname;
  return next.href;
};
const server = setupServer(http.get(items, answer), http.get(otherItems, answer));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  shape = plain;
  log = [];
});
afterAll(() => server.close());

const ids = (features: unknown[]) => features.map((f) => (f as { id: number }).id);
const ALL = [0, 1, 2, 3, 4, 5, 6, 7, 8];
/** One request at a time: every start is followed by its own answer. */
const sequential = (offsets: number[]) => offsets.flatMap((o) => [`+${o}`, `-${o}`]);

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
/** Holds each request a moment and counts how many were in flight at once. */
function inFlightCounter() {
  let now = 0;
  let most = 0;
  const hold = async () => {
    most = Math.max(most, ++now);
    await new Promise((r) => setTimeout(r, 5));
    now--;
  };
  return { hold, most: () => most };
}
const within = (ms: number, promise: Promise<void>) =>
  Promise.race([promise, new Promise<void>((r) => setTimeout(r, ms))]);

describe('parallel paging when the server pages by offset', () => {
  it('asks for the later pages before the earlier ones are answered, and keeps page order', async () => {
    const sixAsked = deferred();
    shape = {
      ...plain,
      // The page at offset 2 is answered only once the one at 6 was asked for (or after 1 s).
      hold: async ({ offset }) => {
        if (offset === 6) sixAsked.resolve();
        if (offset === 2) await within(1000, sixAsked.promise);
      },
    };
    const { features, incomplete } = await fetchAllPages(first, { concurrency: 4 });
    expect(log.indexOf('+6')).toBeLessThan(log.indexOf('-2'));
    expect(log.indexOf('-8')).toBeLessThan(log.indexOf('-2'));
    expect(ids(features)).toEqual(ALL);
    expect(incomplete).toBeNull();
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const counter = inFlightCounter();
    shape = { ...plain, total: () => 21, hold: counter.hold };
    const { features } = await fetchAllPages(first, { concurrency: 3 });
    expect(ids(features)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(counter.most()).toBe(3);
  });

  it('compares the parameters in any order and counts a missing offset as 0', async () => {
    const counter = inFlightCounter();
    const reordered = (_: URL, o: number, r: number) => `${items}?offset=${o + r}&limit=2&f=json`;
    shape = { ...plain, next: reordered, hold: counter.hold };
    const { features } = await fetchAllPages(first);
    expect(ids(features)).toEqual(ALL);
    expect(counter.most()).toBe(PARALLEL_PAGES);
  });

  it.each<[string, Partial<Shape>]>([
    ['the next link changes another parameter', { next: (u, o, r) => `${offsetNext(u, o, r)}&token=${o}` }],
    [
      'the next link changes the limit',
      { next: (u, o, r) => offsetNext(u, o, r).replace('limit=2', 'limit=3') },
    ],
    ['the page has no numberMatched', { numberMatched: false }],
    ['the next link points to another path', { next: elsewhereOnServer }],
  ])('pages one by one when %s', async (_, change) => {
    shape = { ...plain, ...change };
    const { features } = await fetchAllPages(first);
    expect(ids(features)).toEqual(ALL);
    expect(log).toEqual(sequential(log.filter((e) => e.startsWith('+')).map((e) => Number(e.slice(1)))));
  });

  it('pages one by one when the next link also numbers the pages', async () => {
    shape = { ...plain, next: (_u, o, r) => `${items}?f=json&limit=2&offset=${o + r}&page=${o / 2 + 2}` };
    const { features } = await fetchAllPages(first);
    expect(ids(features)).toEqual(ALL);
    expect(log).toEqual(sequential([0, 2, 4, 6, 8]));
  });
});

describe('falling back to next links', () => {
  it('when numberMatched grows mid-way, goes on from the last good page, without gaps or repeats', async () => {
    shape = { ...plain, total: (offset) => (offset >= 6 ? 11 : 9) };
    const { features, incomplete } = await fetchAllPages(first);
    expect(ids(features)).toEqual([...ALL, 9, 10]);
    expect(incomplete).toBeNull();
    expect(log.filter((e) => e === '+6')).toHaveLength(2);
    expect(log.at(-2)).toBe('+10');
  });

  it('when a page comes back short, goes on from it by next links', async () => {
    shape = { ...plain, count: (offset, total) => (offset === 4 ? 1 : plain.count(offset, total)) };
    const { features } = await fetchAllPages(first);
    expect(ids(features)).toEqual(ALL);
    expect(log.filter((e) => e === '+4')).toHaveLength(2);
    expect(log.filter((e) => e.startsWith('+')).slice(-3)).toEqual(['+4', '+5', '+7']);
  });

  it('keeps the pages read when a later page links where the app must not go', async () => {
    shape = {
      ...plain,
      next: (u, o, r) => (o === 4 ? 'https://elsewhere.example.net/page' : offsetNext(u, o, r)),
    };
    const { features, incomplete } = await fetchAllPages(first);
    expect(ids(features)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(incomplete).toEqual({ reason: 'next-refused', url: 'https://elsewhere.example.net/page' });
  });
});

describe('errors and cancelling', () => {
  it('fails as paging one by one would when a page fails', async () => {
    server.use(
      http.get(items, ({ request }) =>
        new URL(request.url).searchParams.get('offset') === '4'
          ? HttpResponse.json({ description: 'busy' }, { status: 503 })
          : HttpResponse.json(pageAt(new URL(request.url))),
      ),
    );
    const error = await fetchAllPages(first).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
  });

  it('the signal cancels every request in flight', async () => {
    const controller = new AbortController();
    const held: AbortSignal[] = [];
    const allAsked = deferred();
    shape = {
      ...plain,
      hold: ({ offset, signal }) => {
        if (offset === 0) return Promise.resolve();
        held.push(signal);
        if (held.length === 4) allAsked.resolve();
        return new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
      },
    };
    const loading = fetchAllPages(first, { signal: controller.signal, concurrency: 4 });
    await within(1000, allAsked.promise);
    expect(held).toHaveLength(4);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(held.every((s) => s.aborted)).toBe(true);
  });
});
