/**
 * Availability bounds relative to today: `avail` and `avail_after` take an ISO 8601 duration
 * (date part only: `P12M`, `P6M`, `P1Y`, `P30D`, `P2W`, `P1Y6M`) besides a date, so a saved
 * "within 12 months" stays relative. A duration is resolved against the app's clock where the
 * bound is used; the URL keeps the duration.
 */

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;

/** A date-part ISO 8601 duration of at most about 100 years, or undefined. */
export function parseDuration(v: string): Duration | undefined {
  const m = DURATION.exec(v.toUpperCase());
  if (!m || v.length < 3) return undefined;
  const [years, months, weeks, days] = [m[1], m[2], m[3], m[4]].map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  if (years * 366 + months * 31 + weeks * 7 + days > 36_600) return undefined;
  return { years, months, weeks, days };
}

export const isDuration = (v: string): boolean => parseDuration(v) !== undefined;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** `today` plus a duration; a month end past the target month's last day is clamped (31.01. + P1M = 28./29.02.). */
export function addDuration(today: string, d: Duration): string {
  const start = new Date(`${today}T00:00:00Z`);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + d.years * 12 + d.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  return iso(new Date(Date.UTC(year, month, day + d.weeks * 7 + d.days)));
}

/** A URL date bound (`now`, a date or a duration) as a date, relative to `today`. */
export function resolveDateBound(v: string, today: string): string {
  if (v === 'now') return today;
  const d = parseDuration(v);
  return d ? addDuration(today, d) : v;
}

/** A duration in its canonical form (`p12m` → `P12M`), or undefined when it is none. */
export function durationParam(v: string): string | undefined {
  return parseDuration(v) ? v.toUpperCase() : undefined;
}
