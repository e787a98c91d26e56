import type { Rng } from './prng';

const DAY_MS = 86_400_000;

/** `YYYY-MM-01`. */
export const monthStart = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, '0')}-01`;

/** A uniformly drawn calendar day between two ISO dates (both inclusive). */
export function isoDayBetween(rng: Rng, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!(end >= start)) throw new Error(`bad date range ${from}..${to}`);
  const days = Math.round((end - start) / DAY_MS);
  return new Date(start + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** A data_as_of date: the sample records were "collected" between February 2025 and October 2026. */
export const dataAsOf = (rng: Rng): string => isoDayBetween(rng, '2025-02-01', '2026-10-31');

/** One to three of the given tags: mostly the first (main) one, plus up to two others. */
export function pickTags<T extends string>(tags: readonly T[], rng: Rng): T[] {
  if (tags.length === 0) return [];
  const main = rng.chance(0.7) ? (tags[0] as T) : rng.pick(tags);
  const extra = tags.filter((t) => t !== main && rng.chance(0.4)).slice(0, 2);
  return [main, ...extra];
}
