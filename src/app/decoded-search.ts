import { useMatches, useSearch } from '@tanstack/react-router';
import { decodeSearch, type ParamProblem, type SearchParams } from '@/lib/search/search-params';
import { decodeLayoutParams, type LayoutParams } from './layout-params';

/**
 * The URL's search, decoded once per navigation: the routes' `validateSearch` decodes it and
 * hands the result (parameters, layout, what was ignored) to the router, and components read it
 * with `useSearch`, never by parsing the query string again.
 *
 * The decoded state rides on the router's search object under a symbol key. A symbol survives
 * the router's spreads and `Object.assign` (match search, `prev` of a navigation), and no
 * stringifier sees it (`Object.keys`, JSON, URLSearchParams), so the problems never reach the
 * URL. A non-enumerable property would be lost in those spreads; a reserved string key would be
 * written by any serialiser but ours. The router's structural sharing hands an object with a
 * symbol on as a whole; the hooks below share the selected values (`structuralSharing`).
 */
export const DECODED = Symbol('decoded search');

export interface DecodedSearch {
  params: SearchParams;
  layout: LayoutParams;
  /** Ignored parameters and values (unknown, invalid, dropped list items, repeats). */
  problems: ParamProblem[];
}

export type ValidatedSearch = SearchParams & LayoutParams & { [DECODED]?: DecodedSearch };

const NONE: DecodedSearch = { params: {}, layout: {}, problems: [] };

export const decodedOf = (search: object): DecodedSearch | undefined =>
  (search as { [DECODED]?: DecodedSearch })[DECODED];

/**
 * The router's search: the decoded values, except those of a parameter with a problem, which
 * stays in the URL as it came (the router rewrites the URL to its validated form on load, and a
 * link whose bad part silently vanished would leave the notice without its cause); the next
 * write puts the decoded value there.
 */
function toValidated(decoded: DecodedSearch): ValidatedSearch {
  const withProblem = new Set(decoded.problems.map((p) => p.param));
  const clean = Object.entries({ ...decoded.params, ...decoded.layout }).filter(([k]) => !withProblem.has(k));
  return { ...(Object.fromEntries(clean) as SearchParams & LayoutParams), [DECODED]: decoded };
}

/** `validateSearch` of the explorer (search and site pages): filters, sort and layout. */
export function validateExplorerSearch(raw: Record<string, unknown>): ValidatedSearch {
  const search = decodeSearch(raw);
  const layout = decodeLayoutParams(raw);
  return toValidated({
    params: search.params,
    layout: layout.layout,
    problems: [...search.problems, ...layout.problems],
  });
}

/** `validateSearch` of the supply overview: the same filters, no layout. */
export function validateOverviewSearch(raw: Record<string, unknown>): ValidatedSearch {
  const { params, problems } = decodeSearch(raw);
  return toValidated({ params, layout: {}, problems });
}

/** The decoded search of the route this component renders in (explorer or overview). */
export function useDecodedSearch(): DecodedSearch {
  return useSearch({ strict: false, select: (s) => decodedOf(s) ?? NONE, structuralSharing: true });
}

/** The filters of the page shown, or null on a page without them (for the header). */
export function usePageSearchParams(): SearchParams | null {
  return useMatches({
    select: (matches) => {
      const leaf = matches.at(-1);
      return (leaf && decodedOf(leaf.search)?.params) ?? null;
    },
    structuralSharing: true,
  });
}
