import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { CRITERION_OF_PARAM } from '@/lib/search/criteria/criteria';
import {
  NOT_A_FILTER,
  withoutUnsetWishes,
  SEARCH_PARAM_NAMES,
  type ParamName,
  type SearchParams,
} from '@/lib/search/search-param-table';
import { chipValue, type ChipContext } from './chip-value';

/** Areas read as what they are, not as a column of coordinates; values as a person reads them. */
function chipLabel(name: ParamName, params: SearchParams, ctx: ChipContext): string {
  const { t } = ctx;
  if (name === 'poly') return t('filters.chipPoly', { count: params.poly?.length ?? 0 });
  if (name === 'bbox') return t('filters.chipBbox');
  const value = chipValue(name, params, ctx);
  const text = value === null ? t(`filters.param.${name}`) : `${t(`filters.param.${name}`)}: ${value}`;
  const criterion = CRITERION_OF_PARAM.get(name);
  // "Preis bis: 30 €/m² (Wunsch)": the mark belongs to its filter, also in a line of several.
  return criterion && params.want?.includes(criterion) ? `${text} (${t('wish.chip')})` : text;
}

const activeNames = (params: SearchParams) =>
  SEARCH_PARAM_NAMES.filter((name) => params[name] !== undefined && !NOT_A_FILTER.has(name));

/** The active filters as one line of chip texts ("Art: Flächen · Fläche ab: 2,00 ha"), '' without any. */
export const filterSummary = (params: SearchParams, ctx: ChipContext): string =>
  activeNames(params)
    .map((name) => chipLabel(name, params, ctx))
    .join(' · ');

/** `filterSummary` in the page's language. */
export function useFilterSummary(params: SearchParams, names: ReadonlyMap<string, string>): string {
  const { t } = useTranslation();
  const f = useFormatters();
  return filterSummary(params, { t, f, names });
}

/** The search without one parameter (and without the wish of a criterion that is no longer set). */
function withoutParam(params: SearchParams, name: ParamName): SearchParams {
  const next: SearchParams = { ...params, [name]: undefined };
  if (name === 'near') next.radius_km = undefined;
  return withoutUnsetWishes(next);
}

/** The active filters as removable chips: every filter can be reset on its own. */
export function ActiveFilters({
  params,
  onChange,
  names,
}: {
  params: SearchParams;
  onChange: (next: SearchParams) => void;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const active = activeNames(params);
  if (active.length === 0) return null;
  const remove = (name: ParamName) => onChange(withoutParam(params, name));
  return (
    <ul className="active-filters" aria-label={t('filters.active')}>
      {active.map((name) => {
        const label = chipLabel(name, params, { t, f, names });
        return (
          <li key={name}>
            <button
              type="button"
              className="chip"
              onClick={() => remove(name)}
              aria-label={t('filters.remove', { what: label })}
            >
              {label} <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
      <li>
        <button type="button" className="link-button" onClick={() => onChange({})}>
          {t('search.reset')}
        </button>
      </li>
    </ul>
  );
}
