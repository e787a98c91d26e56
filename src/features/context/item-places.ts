import type { ContextItem } from '@/lib/context/context-item';

export interface MapPoint {
  lat: number;
  lon: number;
}

/**
 * Where to put an item on the locator map: its own point and point locations; when it has none,
 * the positions of the parks and municipalities it names (taken from a site there).
 */
export function itemPoints(
  item: Pick<ContextItem, 'point' | 'locations'>,
  sites: readonly { park: string | null; ags: string | null; lat: number; lon: number }[],
): MapPoint[] {
  const points: MapPoint[] = [
    ...(item.point ? [item.point] : []),
    ...item.locations.flatMap((l) => (l.type === 'point' ? [{ lat: l.lat, lon: l.lon }] : [])),
  ];
  if (points.length > 0) return points;
  return item.locations.flatMap((l) => {
    const site =
      l.type === 'park'
        ? sites.find((s) => s.park === l.park)
        : l.type === 'ags'
          ? sites.find((s) => s.ags === l.ags)
          : undefined;
    return site ? [{ lat: site.lat, lon: site.lon }] : [];
  });
}

/** The distinct topics of some items, in first-seen order. */
export const topicsOf = (items: readonly Pick<ContextItem, 'topics'>[]): string[] => [
  ...new Set(items.flatMap((i) => i.topics)),
];
