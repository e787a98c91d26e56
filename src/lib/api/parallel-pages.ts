import { type FeatureCollectionPage, featureCollectionPageSchema } from '@/contract/ogc-schemas';
import { fetchJson, type FetchOptions } from './fetch-json';
import { isAsPlanned, type OffsetPlan } from './offset-paging';
import { type NextStep, nextStepOf } from './page-links';

/**
 * Pages in flight at once: two overlap the server's work and the transfer with the client's
 * parsing; four were slower against a local server on 2 cores (docs/performance.md, "Parallel
 * paging") and hold twice the raw pages in memory.
 */
export const PARALLEL_PAGES = 2;

/** Takes each page that came back as planned, in order, up to the first that did not. */
export type TakePage = (url: string, page: FeatureCollectionPage) => void;

/** Runs at most `size` tasks at once, starting the waiting ones in the order they were given. */
function createLimiter(size: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < size) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * Fetches the planned pages, `concurrency` at a time, and takes them in order until one is not
 * as planned (short, another total, another `next`): the rest are cancelled and paging goes on
 * (the step returned) by the `next` link of the last page taken, so no feature is lost or read
 * twice. An error of a page taken is thrown as it would be when paging one by one; the signal
 * cancels every request.
 */
export async function fetchPlannedPages(
  plan: OffsetPlan,
  options: FetchOptions,
  take: TakePage,
  concurrency = PARALLEL_PAGES,
): Promise<NextStep> {
  const done = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, done.signal]) : done.signal;
  const limit = createLimiter(concurrency);
  const requests = plan.pages.map(({ url }) => ({
    url,
    page: limit(() => {
      signal.throwIfAborted();
      return fetchJson(url, featureCollectionPageSchema, { ...options, signal });
    }),
  }));
  // Pages after the one paging stops at are cancelled; their failures are nobody's.
  for (const { page } of requests) page.catch(() => undefined);
  let resume = plan.pages[0]?.url ?? '';
  try {
    for (const [index, request] of requests.entries()) {
      const page = await request.page;
      const then = nextStepOf(page, request.url);
      if (!isAsPlanned(plan, index, page, then)) return { kind: 'next', url: resume };
      take(request.url, page);
      if (then.kind === 'next') resume = then.url;
    }
    return { kind: 'end' };
  } finally {
    done.abort();
  }
}
