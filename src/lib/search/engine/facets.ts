/** The filter groups that show facet counts: the criteria the table marks with `facet`. */
export { FACETS, type FacetName } from '../criteria/criteria';
