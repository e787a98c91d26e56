import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import {
  DEFAULT_RADIUS_KM,
  DEV_STATUS,
  PLAN_STATUS,
  type ParamName,
  type SearchParams,
} from '@/lib/search/search-param-table';

export interface ChipContext {
  t: TFunction;
  f: Formatters;
  /** District and municipality names by AGS key. */
  names: ReadonlyMap<string, string>;
}

const list = (values: readonly string[]) => values.join(', ');

/**
 * A filter's value as a person reads it, in the page's language: "Flächen", "Sachsen",
 * "Landkreis Leipzig", "2,00 ha", "60,00 €/m²", "15,0 km". Null for yes/no filters, whose name
 * says it all. Values the app does not know (an unknown AGS key, a sector tag) show as they are.
 */
export function chipValue(name: ParamName, p: SearchParams, { t, f, names }: ChipContext): string | null {
  const m2 = (v: number) => f.area(v);
  const euroPerM2 = (v: number) => `${f.number(v, 2)} €/m²`;
  switch (name) {
    case 'kind':
      return t(p.kind === 'halls' ? 'search.kindHalls' : 'search.kindPlots');
    case 'state':
      return list((p.state ?? []).map((s) => t(`states.${s}`)));
    case 'district':
      return list((p.district ?? []).map((k) => names.get(k) ?? k));
    case 'municipality':
      return list((p.municipality ?? []).map((k) => names.get(k) ?? k));
    case 'near':
      return `${p.near ?? ''} (${f.km(p.radius_km ?? DEFAULT_RADIUS_KM)})`;
    case 'area_min':
    case 'area_max':
    case 'contig_min':
    case 'divisible_max':
    case 'park_area_min':
    case 'office_min':
      return m2(p[name]!);
    case 'pop30_min':
    case 'docks_min':
      return f.number(p[name]!);
    case 'price_min':
    case 'price_max':
    case 'rent_min':
    case 'rent_max':
      return euroPerM2(p[name]!);
    case 'junction_km_max':
    case 'airport_km_max':
      return f.km(p[name]!);
    case 'height_min':
      return `${f.number(p.height_min!, 1)} m`;
    case 'load_min':
      return `${f.number(p.load_min!, 1)} t/m²`;
    case 'plan':
      return list((p.plan ?? []).map((v) => t(`enum.planning_status.${PLAN_STATUS[v]}`)));
    case 'dev':
      return list((p.dev ?? []).map((v) => t(`enum.development_status.${DEV_STATUS[v]}`)));
    case 'offer':
      return p.offer ? t(`enum.offer_type.${p.offer}`) : null;
    case 'avail':
      return p.avail === 'now' ? t('filters.availNow') : p.avail ? f.date(p.avail) : null;
    case 'avail_after':
      return p.avail_after ? f.date(p.avail_after) : null;
    case 'sector':
      return list((p.sector ?? []).map((tag) => t(`sector.${tag}`, { defaultValue: tag })));
    case 'zoning':
    case 'autobahn':
      return list(p[name] ?? []);
    case 'rail':
    case 'h24':
    case 'doors':
    case 'crane':
    case 'heated':
    case 'sprinkler':
      return null;
    default: {
      const v = p[name];
      return Array.isArray(v) ? list(v.map(String)) : v === undefined ? null : String(v);
    }
  }
}
