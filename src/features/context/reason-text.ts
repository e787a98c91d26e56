import type { TFunction } from 'i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { LinkReason } from '@/lib/context/relate';
import { localizedText } from '@/lib/i18n/localized-text';
import { parkName } from '@/lib/sites/park-name';

/** A topic tag in the reader's language; an unknown tag shows as it is. */
export const topicLabel = (topic: string, t: TFunction): string =>
  t(`context.topic.${topic}`, { defaultValue: topic });

/**
 * A link reason as a short text: "Gleicher Landkreis (Saalekreis)", "12 km entfernt", "Thema:
 * Wasserstoff". `underItem`: shown under the item the reason names (a project's own list of
 * sites), where "Im Gebiet: <its title>" would repeat the heading above it.
 */
export function reasonText(
  reason: LinkReason,
  t: TFunction,
  f: Formatters,
  language = 'de',
  underItem = false,
): string {
  switch (reason.code) {
    case 'park':
      return t('context.reason.park', { park: parkName(reason, language) });
    case 'municipality':
      return t('context.reason.municipality', { municipality: reason.municipality });
    case 'district':
      return t('context.reason.district', { district: reason.district });
    case 'distance':
      return t('context.reason.distance', {
        km: f.km(reason.km < 10 ? reason.km : Math.round(reason.km)),
      });
    case 'region':
      if (underItem) return t('context.reason.ownRegion');
      return t('context.reason.region', { title: localizedText(reason, 'title', language).text });
    case 'topic':
      return t('context.reason.topic', { topic: topicLabel(reason.topic, t) });
  }
}
