import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import { localizedText } from '@/lib/i18n/localized-text';
import type { MapSiteSet } from '@/lib/map/cluster/map-site-set';
import type { StepTarget } from '@/lib/map/keyboard/step-order';

/** What a step to `target` (position `at` of `total`) announces: the site with its place, or the group. */
export function stepAnnouncement(
  target: StepTarget,
  at: number,
  total: number,
  set: MapSiteSet,
  t: TFunction,
  f: Formatters,
  language = 'de',
): string {
  const position = { position: f.number(at + 1), total: f.number(total) };
  if (target.type === 'cluster')
    return t('map.keys.stepCluster', { ...position, count: target.count, formatted: f.number(target.count) });
  const site = set.sites[set.indexOf.get(target.key) ?? -1];
  return t('map.keys.stepSite', {
    ...position,
    name: site ? localizedText(site, 'name', language).text : target.key,
    place: site?.municipality ?? '',
  });
}
