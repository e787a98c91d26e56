import type { TFunction } from 'i18next';
import { parseDuration } from '@/lib/search/relative-date';

/** A duration as a person reads it ("12 Monaten", "1 Jahr und 6 Monaten"), or null when it is none. */
export function durationText(v: string, t: TFunction): string | null {
  const d = parseDuration(v);
  if (!d) return null;
  const parts = (['years', 'months', 'weeks', 'days'] as const)
    .filter((unit) => d[unit] > 0)
    .map((unit) => t(`searches.duration.${unit}`, { count: d[unit] }));
  if (parts.length === 0) return t('searches.duration.days', { count: 0 });
  return parts.length === 1
    ? parts[0]!
    : `${parts.slice(0, -1).join(', ')} ${t('searches.duration.and')} ${parts.at(-1)}`;
}

/** The chip value of an availability bound given as a duration: "innerhalb von 12 Monaten". */
export function availDurationChip(name: 'avail' | 'avail_after', v: string, t: TFunction): string | null {
  const span = durationText(v, t);
  if (!span) return null;
  return name === 'avail' ? t('searches.availWithin', { span }) : t('searches.availAfterSpan', { span });
}
