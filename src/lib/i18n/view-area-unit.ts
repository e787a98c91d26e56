import { useAreaUnit, type AreaUnit } from './area-unit';

/** The unit every area of one view is shown in. */
export type ViewAreaUnit = Exclude<AreaUnit, 'auto'>;

/** The kinds of site a view holds (`plot`, `hall`). */
export type ViewKind = 'plot' | 'hall';

/**
 * One unit per view: a list, table or chart shows the same quantity in one unit, so "1,8 ha"
 * never stands next to "1.850 m²". An explicit choice (m² or ha) wins; under `auto` a view of
 * halls only reads in m² (halls are measured in m²), any view with plots (or nothing yet) in ha.
 * A view is whatever shows several sites at once: the result list and its size histogram, the
 * shortlist, the comparison, one overview chart, the area inputs of the search. A page about
 * one site reads in the unit of a view of its kind (a hall's page in m², as a list of halls),
 * and a map popup in the unit of the list it belongs to.
 */
export function viewAreaUnit(choice: AreaUnit, kinds: Iterable<ViewKind>): ViewAreaUnit {
  if (choice !== 'auto') return choice;
  let any = false;
  for (const kind of kinds) {
    if (kind !== 'hall') return 'ha';
    any = true;
  }
  return any ? 'm2' : 'ha';
}

/** The kinds a search can show: halls only with `kind=halls`, plots only with `kind=plots`. */
export function searchKinds(kind: 'plots' | 'halls' | undefined): ViewKind[] {
  return kind === 'halls' ? ['hall'] : kind === 'plots' ? ['plot'] : ['plot', 'hall'];
}

/** The view unit for the user's choice (header control) and the view's kinds. */
export function useViewAreaUnit(kinds: Iterable<ViewKind>): ViewAreaUnit {
  return viewAreaUnit(useAreaUnit(), kinds);
}
