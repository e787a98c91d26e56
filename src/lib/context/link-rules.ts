/**
 * The thresholds and weights of the linking rules, named so tests and docs can refer to them.
 * A relation's score is the sum of the weights of its reasons plus a recency bonus (news).
 */

/** A news item "lies near" a site within this distance of its point (km). */
export const NEWS_NEAR_KM = 25;
/** An event "takes place near" a site within this distance of its venue (km). */
export const EVENT_NEAR_KM = 40;

export const WEIGHT = {
  /** The item names the site's park. */
  park: 60,
  /** The item names the site's municipality. */
  municipality: 35,
  /** The item names the site's district (or a municipality in it). */
  district: 20,
  /** Near: scaled from this (at 0 km) down to 0 (at the threshold). */
  distance: 25,
  /** The site lies in the project's region. */
  region: 40,
  /** Per topic the item shares with the site's sector tags. */
  topic: 12,
} as const;

/** Recency bonus for news: this much today, half as much every RECENCY_HALF_LIFE_YEARS. */
export const RECENCY_WEIGHT = 20;
export const RECENCY_HALF_LIFE_YEARS = 2;

/** News this recent (months) marks a site's result card. */
export const RECENT_NEWS_MONTHS = 12;
