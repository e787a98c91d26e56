import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import { keyIn } from '@/lib/i18n/translation-key';
import type { Site } from '@/lib/sites/site';
import { criterionDef, type CriterionName } from '../criteria/criteria';
import { formatValue } from '../criteria/format-value';
import { distanceKmFast } from '../engine/geo-distance';
import { resolveDateBound } from '../relative-date';
import { DEFAULT_RADIUS_KM, type SearchParams } from '../search-param-table';

/**
 * What a near miss lacks, in the page's language: "Autobahn-Anschlussstelle 23 km statt
 * höchstens 20 km", "Fläche 9,2 ha statt mindestens 10 ha", "Baugebiet GE statt GI",
 * "ohne Gleisanschluss", "32 km von Leipzig statt höchstens 25 km".
 */
export interface MissTextContext {
  t: TFunction;
  f: Formatters;
  nearPoint?: readonly [number, number] | null;
  /** The place `near` names ("Leipzig"); without one, "from the search point". */
  nearLabel?: string | null;
  /** The app's today: resolves a relative bound (`avail=P12M`). */
  today?: string;
}

type Params = Record<string, unknown>;

export function nearMissText(
  name: CriterionName,
  site: Site,
  params: SearchParams,
  ctx: MissTextContext,
): string {
  const { t, f } = ctx;
  const p = params as Params;
  const { group, value: def } = criterionDef(name);
  const label = def ? t(def.label) : name;
  switch (group.type) {
    case 'range': {
      const v = group.column(site);
      if (v === null || v === undefined) return t('nearMiss.unknown', { label });
      const fmt = (n: number) => formatValue(group.format, n, f);
      const min = group.min ? (p[group.min] as number | undefined) : undefined;
      if (min !== undefined && v < min) return t('nearMiss.min', { label, value: fmt(v), bound: fmt(min) });
      const max = group.max ? (p[group.max] as number | undefined) : undefined;
      return t('nearMiss.max', { label, value: fmt(v), bound: fmt(max ?? v) });
    }
    case 'dateRange': {
      const v = group.column(site);
      if (!v) return t('nearMiss.unknown', { label });
      const at = (bound: string) => (ctx.today ? resolveDateBound(bound, ctx.today) : bound);
      const by = p[group.by] as string | undefined;
      if (by !== undefined && (by === 'now' || v > at(by)))
        return t('nearMiss.by', {
          label,
          value: f.date(v),
          bound: by === 'now' ? t('nearMiss.today') : f.date(at(by)),
        });
      return t('nearMiss.after', { label, value: f.date(v), bound: f.date(at(String(p[group.after]))) });
    }
    case 'category': {
      const v = group.column(site);
      if (v === null) return t('nearMiss.unknown', { label });
      const wanted = p[group.param];
      const list = (Array.isArray(wanted) ? wanted : [wanted]) as string[];
      const enumKey = def?.enumKey;
      const read = (code: string) => (enumKey ? t(keyIn(enumKey, code), { defaultValue: code }) : code);
      const own = def?.read ? String(def.read(site) ?? v) : read(v);
      return t('nearMiss.category', { label, value: own, bound: list.map(read).join(', ') });
    }
    case 'flag':
      return t('nearMiss.flag', { label });
    case 'near':
      return radiusText(site, params, ctx);
    case 'bbox':
      return t('nearMiss.bbox');
    case 'poly':
      return t('nearMiss.poly');
    case 'tags': {
      const tags = (params.sector ?? []).map((tag) => t(keyIn('sector', tag), { defaultValue: tag }));
      return t('nearMiss.tags', { label, bound: tags.join(', ') });
    }
    default:
      return label;
  }
}

function radiusText(site: Site, params: SearchParams, { t, f, nearPoint, nearLabel }: MissTextContext) {
  const bound = f.km(params.radius_km ?? DEFAULT_RADIUS_KM);
  if (!nearPoint) return t('nearMiss.bbox');
  const value = f.km(distanceKmFast(nearPoint[0], nearPoint[1], site.lon, site.lat));
  return nearLabel
    ? t('nearMiss.near', { value, place: nearLabel, bound })
    : t('nearMiss.nearPoint', { value, bound });
}
