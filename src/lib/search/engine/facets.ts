/** The filter groups that show facet counts (options with counts in the filter panel). */
export const FACETS = [
  'kind',
  'state',
  'district',
  'municipality',
  'zoning',
  'plan',
  'dev',
  'offer',
  'autobahn',
  'sector',
] as const;
export type FacetName = (typeof FACETS)[number];
