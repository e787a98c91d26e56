import type { FilterPatch, KindName } from './overview-model';

/** How soon a site is available: by today, within 12 months, later, or no date given. */
export const AVAILABILITY_KEYS = ['now', 'within12', 'later', 'unknown'] as const;
export type AvailabilityKey = (typeof AVAILABILITY_KEYS)[number];

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The same calendar day a year later (29 February → 1 March). */
export function yearLater(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOf(Math.floor(Date.UTC(y + 1, m - 1, d) / DAY));
}

/**
 * Windows relative to today: `now` = available on or before today; `within12` = after today
 * and on or before the same day next year; `later` = after that (as day numbers: `today`,
 * `horizon`; the aggregation's loop applies them). Each maps to URL filters
 * (`avail` is inclusive, `avail_after` exclusive), so a bar's link finds exactly its sites.
 */
export function availabilityWindow(today: string) {
  const t = dayOf(today);
  const horizonIso = yearLater(today);
  const horizon = dayOf(horizonIso);
  return {
    today: t,
    horizon,
    filterOf(key: AvailabilityKey, kind: KindName): FilterPatch | null {
      const base = { kind, dropUnknown: 'avail' as const };
      if (key === 'now') return { ...base, avail: 'now' };
      if (key === 'within12') return { ...base, avail_after: today, avail: horizonIso };
      if (key === 'later') return { ...base, avail_after: horizonIso };
      return null;
    },
  };
}
