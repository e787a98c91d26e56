import type { ContextItem } from '@/lib/context/context-item';

export interface MapPoint {
  lat: number;
  lon: number;
}

/**
 * Where to put an item on the locator map: its own point and point locations; when it has none,
 * the positions of the parks it names (taken from a site in that park).
 */
export function itemPoints(
  item: Pick<ContextItem, 'point' | 'locations'>,
  sites: readonly { park: string | null; lat: number; lon: number }[],
): MapPoint[] {
  const points: MapPoint[] = [
    ...(item.point ? [item.point] : []),
    ...item.locations.flatMap((l) => (l.type === 'point' ? [{ lat: l.lat, lon: l.lon }] : [])),
  ];
  if (points.length > 0) return points;
  return item.locations.flatMap((l) => {
    if (l.type !== 'park') return [];
    const site = sites.find((s) => s.park === l.park);
    return site ? [{ lat: site.lat, lon: site.lon }] : [];
  });
}

/** The distinct topics of some items, in first-seen order. */
export const topicsOf = (items: readonly Pick<ContextItem, 'topics'>[]): string[] => [
  ...new Set(items.flatMap((i) => i.topics)),
];
