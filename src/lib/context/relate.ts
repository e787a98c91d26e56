import { distanceKm, roundKm } from '@/lib/geo/nearest-point';
import type { ContextItem } from './context-item';
import {
  EVENT_NEAR_KM,
  NEWS_NEAR_KM,
  RECENCY_HALF_LIFE_YEARS,
  RECENCY_WEIGHT,
  RECENT_NEWS_MONTHS,
  WEIGHT,
} from './link-rules';
import { districtKeyOf, siteInProjectRegion, type RegionSite } from './region';

/** Why an item relates to a site: data, turned into text by the catalogues. */
export type LinkReason =
  | { code: 'park'; park: string; park_en?: string | null | undefined }
  | { code: 'municipality'; municipality: string }
  | { code: 'district'; district: string }
  | { code: 'distance'; km: number }
  | { code: 'region'; title: string; title_en?: string | null | undefined }
  | { code: 'topic'; topic: string };

/** What the linking rules need of a site. */
export interface LinkSite extends RegionSite {
  /** The park's English label, where it has one (see src/lib/sites/park-name.ts). */
  park_en?: string | null;
  municipality: string;
  district: string;
  sector_tags: readonly string[];
}

export interface Relation<T = ContextItem> {
  item: T;
  score: number;
  reasons: LinkReason[];
}

type Item = Pick<
  ContextItem,
  'id' | 'kind' | 'date' | 'title' | 'title_en' | 'topics' | 'locations' | 'point'
>;

/** The strongest place reason: the item names the site's park, municipality or district. */
function placeReason(site: LinkSite, item: Item): { reason: LinkReason; weight: number } | null {
  const district = districtKeyOf(site.ags);
  let best: { reason: LinkReason; weight: number } | null = null;
  const offer = (reason: LinkReason, weight: number) => {
    if (!best || weight > best.weight) best = { reason, weight };
  };
  for (const loc of item.locations) {
    if (loc.type === 'park' && site.park !== null && loc.park === site.park) {
      const english = site.park_en ? { park_en: site.park_en } : {};
      offer({ code: 'park', park: site.park, ...english }, WEIGHT.park);
    } else if (loc.type === 'ags' && site.ags !== null && loc.ags === site.ags) {
      offer({ code: 'municipality', municipality: site.municipality }, WEIGHT.municipality);
    } else if (
      district !== null &&
      ((loc.type === 'district' && loc.district === district) ||
        (loc.type === 'ags' && districtKeyOf(loc.ags) === district))
    ) {
      offer({ code: 'district', district: site.district }, WEIGHT.district);
    }
  }
  return best;
}

const KM_PER_DEGREE = 111.2;

/** False only when the two points are surely more than `km` apart (a degree box, with margin). */
function roughlyWithin(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
  km: number,
): boolean {
  const dLat = Math.abs(a.lat - b.lat) * KM_PER_DEGREE;
  const dLon =
    Math.abs(a.lon - b.lon) *
    KM_PER_DEGREE *
    Math.cos((Math.max(Math.abs(a.lat), Math.abs(b.lat)) * Math.PI) / 180);
  return dLat <= km * 1.01 && dLon <= km * 1.01;
}

/** The item's nearest point (its own point or a point location) within `nearKm`, if any. */
function distanceReason(
  site: LinkSite,
  item: Item,
  nearKm: number,
): { reason: LinkReason; weight: number } | null {
  const points = [
    ...(item.point ? [item.point] : []),
    ...item.locations.flatMap((l) => (l.type === 'point' ? [l] : [])),
  ];
  // A cheap box test first: most site/point pairs are far apart (100,000 sites × every item).
  const near = points.filter((p) => roughlyWithin(site, p, nearKm));
  if (near.length === 0) return null;
  const km = Math.min(...near.map((p) => distanceKm(site, p)));
  if (km > nearKm) return null;
  return { reason: { code: 'distance', km: roundKm(km) }, weight: WEIGHT.distance * (1 - km / nearKm) };
}

const topicReasons = (site: LinkSite, item: Item): LinkReason[] =>
  item.topics.filter((t) => site.sector_tags.includes(t)).map((topic) => ({ code: 'topic', topic }));

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** Recency bonus: full today (and for future dates), halved every half-life. */
export function recencyBonus(date: string, today: string): number {
  const years = Math.max(0, daysBetween(date, today) / 365.25);
  return RECENCY_WEIGHT * 0.5 ** (years / RECENCY_HALF_LIFE_YEARS);
}

const sum = (xs: readonly { weight: number }[]) => xs.reduce((s, x) => s + x.weight, 0);

/** One item against one site, by the rule of its kind; null when unrelated. */
export function relate<T extends Item>(site: LinkSite, item: T, today: string): Relation<T> | null {
  const topics = topicReasons(site, item);
  const topicWeight = topics.length * WEIGHT.topic;
  if (item.kind === 'project') {
    if (siteInProjectRegion(site, item)) {
      return {
        item,
        score: WEIGHT.region + topicWeight,
        reasons: [{ code: 'region', title: item.title, title_en: item.title_en }, ...topics],
      };
    }
    // A project without a region (region-wide) relates through its topics alone.
    return item.locations.length === 0 && topics.length > 0
      ? { item, score: topicWeight, reasons: topics }
      : null;
  }
  const near = item.kind === 'news' ? NEWS_NEAR_KM : EVENT_NEAR_KM;
  const place = [placeReason(site, item), distanceReason(site, item, near)].filter((x) => x !== null);
  if (place.length === 0) {
    const regionWideEvent = item.kind === 'event' && item.locations.length === 0 && item.point === null;
    return regionWideEvent && topics.length > 0 ? { item, score: topicWeight, reasons: topics } : null;
  }
  const recency = item.kind === 'news' ? recencyBonus(item.date, today) : 0;
  return {
    item,
    score: sum(place) + topicWeight + recency,
    reasons: [...place.map((p) => p.reason), ...topics],
  };
}

/** Code-point order: deterministic and fast (no locale collation on 100,000 sites). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: higher score first, then the newer item, then the id. */
export const byRelevance = <T extends Item>(a: Relation<T>, b: Relation<T>): number =>
  b.score - a.score || cmp(b.item.date, a.item.date) || cmp(a.item.id, b.item.id);

/** The items of one kind related to a site, ranked. */
export function relatedItems<T extends Item>(
  site: LinkSite,
  items: readonly T[],
  today: string,
): Relation<T>[] {
  return items
    .map((item) => relate(site, item, today))
    .filter((r): r is Relation<T> => r !== null)
    .sort(byRelevance);
}

export interface SiteRelation<S> {
  site: S;
  score: number;
  reasons: LinkReason[];
}

/** The reverse link: the sites an item relates to, ranked (score, then name, then key). */
export function relatedSites<S extends LinkSite & { name: string; key: string }>(
  item: Item,
  sites: readonly S[],
  today: string,
): SiteRelation<S>[] {
  const out: SiteRelation<S>[] = [];
  for (const site of sites) {
    const r = relate(site, item, today);
    if (r) out.push({ site, score: r.score, reasons: r.reasons });
  }
  return out.sort(
    (a, b) => b.score - a.score || cmp(a.site.name, b.site.name) || cmp(a.site.key, b.site.key),
  );
}

/** The first day of the window of "recent" news, `RECENT_NEWS_MONTHS` before today. */
export function recentSince(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - RECENT_NEWS_MONTHS;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(d)}`;
}

/**
 * Whether an item is about the site itself: it names the site's park or municipality and is not
 * region-wide (a trade fair elsewhere or a programme for a Land names places as participants).
 */
export function isAboutSite(site: LinkSite, item: Item & { regionWide?: boolean }): boolean {
  if (item.regionWide) return false;
  const place = placeReason(site, item);
  return place !== null && (place.reason.code === 'park' || place.reason.code === 'municipality');
}

/**
 * The newest news item about the site (`isAboutSite`) within the last `RECENT_NEWS_MONTHS`, or
 * null: what the "Meldung" badge shows. Nearby, district-wide and topic news do not count.
 */
export function latestRecentNews<T extends Item & { regionWide?: boolean }>(
  site: LinkSite,
  news: readonly T[],
  today: string,
): T | null {
  const since = recentSince(today);
  let latest: T | null = null;
  for (const item of news) {
    if (item.date <= since || item.date > today) continue;
    if (latest && item.date <= latest.date) continue;
    if (isAboutSite(site, item)) latest = item;
  }
  return latest;
}
