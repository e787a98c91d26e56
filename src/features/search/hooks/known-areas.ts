import { quote, quoteAll, type ParamProblem } from '@/lib/search/search-params';
import type { SearchParams } from '@/lib/search/search-param-table';

/** Whether a district key (5 digits) or a municipality key (8 digits) belongs to the region. */
export interface AreaKeys {
  district(key: string): boolean;
  municipality(key: string): boolean;
}

/**
 * Leaves district and municipality keys of no district in the region out of the search
 * (`district=99999`, a typo or a key from another state), each reported by name, and keeps the
 * others. Without it such a key filters silently down to nothing, or hides among the others.
 */
export function withKnownAreas(
  params: SearchParams,
  known: AreaKeys,
): { params: SearchParams; problems: ParamProblem[] } {
  let next = params;
  const problems: ParamProblem[] = [];
  for (const param of ['district', 'municipality'] as const) {
    const keys = params[param];
    if (!keys?.length) continue;
    const unknown = keys.filter((key) => !known[param](key));
    if (unknown.length === 0) continue;
    const kept = keys.filter((key) => known[param](key));
    next = { ...next, [param]: kept.length > 0 ? kept : undefined };
    problems.push({ param, value: quote(keys.join(',')), reason: 'outside', dropped: quoteAll(unknown) });
  }
  return { params: next, problems };
}

/**
 * A district is known to the districts' gazetteer or named by a site; a municipality is named
 * by a site, or lies in a known district (the gazetteer names districts, not all municipalities).
 */
export function areaKeys(
  districts: ReadonlyMap<string, string>,
  siteNames: ReadonlyMap<string, string>,
): AreaKeys {
  const district = (key: string) => districts.has(key) || siteNames.has(key);
  return { district, municipality: (key) => siteNames.has(key) || district(key.slice(0, 5)) };
}

/**
 * The sites' names, with the districts gazetteer's for the district keys no site names (a
 * district without sites reads "Vogtlandkreis", not 14523). The same map when there is none.
 */
export function withDistrictNames(
  siteNames: ReadonlyMap<string, string>,
  districts: ReadonlyMap<string, string> | undefined,
  keys: Iterable<string>,
): ReadonlyMap<string, string> {
  const unnamed = [...keys].flatMap((key) => {
    const name = siteNames.has(key) ? undefined : districts?.get(key);
    return name === undefined ? [] : [[key, name] as const];
  });
  return unnamed.length === 0 ? siteNames : new Map([...siteNames, ...unnamed]);
}
