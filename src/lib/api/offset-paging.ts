import type { FeatureCollectionPage } from '@/contract/ogc-schemas';
import type { NextStep } from './page-links';

/**
 * When a server pages by `offset`, the pages after the first can be asked for at once. That is
 * only assumed when the first page says so unambiguously: it counts `numberMatched` and
 * `numberReturned`, and its `next` link is the request itself with only `offset` moved on by
 * `numberReturned`. Anything else (static files, cursors, a changed `limit`) pages by `next`.
 */

/** One page the plan expects: where it is and how many features it holds. */
export interface PlannedPage {
  url: string;
  offset: number;
  count: number;
}

export interface OffsetPlan {
  /** `numberMatched` of the first page; every planned page must report the same. */
  matched: number;
  /** The pages after the first, in order; the first of them is the `next` link as the server wrote it. */
  pages: PlannedPage[];
}

const DIGITS = /^\d+$/;

/** The `offset` of a URL (absent is 0), or null when it is given twice or is not a number. */
function offsetOf(url: URL): number | null {
  const values = url.searchParams.getAll('offset');
  if (values.length === 0) return 0;
  const [value] = values;
  return values.length === 1 && value !== undefined && DIGITS.test(value) ? Number(value) : null;
}

/** Origin, path and every query parameter but `offset`, in an order-free form. */
function withoutOffset(url: URL): string {
  const params = [...url.searchParams]
    .filter(([name]) => name !== 'offset')
    .map((pair) => JSON.stringify(pair))
    .sort();
  return `${url.origin}${url.pathname}?${params.join('&')}`;
}

/** `url` with its `offset` set, keeping the server's spelling of every other parameter. */
function withOffset(url: URL, offset: number): string {
  const parts = url.search.slice(1).split('&').filter(Boolean);
  const kept = parts.filter((part) => !new URLSearchParams(part).has('offset'));
  return `${url.origin}${url.pathname}?${[...kept, `offset=${offset}`].join('&')}`;
}

/** The offset `candidate` asks for, when it differs from `reference` by `offset` alone; else null. */
export function offsetStepOf(reference: string, candidate: string): number | null {
  const from = new URL(reference);
  const to = new URL(candidate);
  return withoutOffset(from) === withoutOffset(to) ? offsetOf(to) : null;
}

/**
 * The pages after `first` when they can be fetched in parallel (at most `maxPages` of them),
 * or null when paging must follow `next` links one by one.
 */
export function planOffsetPages(
  requestUrl: string,
  first: FeatureCollectionPage,
  nextUrl: string,
  maxPages: number,
): OffsetPlan | null {
  const { numberMatched: matched, numberReturned: stride } = first;
  if (matched === undefined || !stride || stride !== first.features.length) return null;
  const from = offsetOf(new URL(requestUrl));
  const to = offsetStepOf(requestUrl, nextUrl);
  if (from === null || to === null || to !== from + stride || to >= matched) return null;
  if (Math.ceil((matched - to) / stride) > maxPages) return null;
  const next = new URL(nextUrl);
  const pages: PlannedPage[] = [];
  for (let offset = to; offset < matched; offset += stride) {
    const url = offset === to ? nextUrl : withOffset(next, offset);
    pages.push({ url, offset, count: Math.min(stride, matched - offset) });
  }
  return { matched, pages };
}

/** Whether page `index` of the plan came back as planned: same count, same total, `next` as expected. */
export function isAsPlanned(
  plan: OffsetPlan,
  index: number,
  page: FeatureCollectionPage,
  then: NextStep,
): boolean {
  const expected = plan.pages[index];
  if (!expected || page.numberMatched !== plan.matched) return false;
  if (page.numberReturned !== expected.count || page.features.length !== expected.count) return false;
  const following = plan.pages[index + 1];
  if (!following) return then.kind === 'end';
  return then.kind === 'next' && offsetStepOf(following.url, then.url) === following.offset;
}
