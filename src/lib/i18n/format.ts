import { useTranslation } from 'react-i18next';
import { useAreaUnit, type AreaUnit } from './area-unit';
import { localeOf } from './i18n';

/** Locale-aware formatting: 1.234,5 m² in German, 1,234.5 m² in English. */
export interface Formatters {
  locale: string;
  number(value: number, maxFractionDigits?: number): string;
  /** m² below 1 ha and ha from 1 ha (`auto`), or the chosen unit: `1.234,5 m²`, `2,35 ha`. */
  area(m2: number): string;
  euro(value: number, fractionDigits?: number): string;
  /** A large amount, short: `1,24 Mio. €`, `€1.24M` (three significant digits). */
  euroCompact(value: number): string;
  km(value: number): string;
  /** A day, short: `01.03.2027` in German; `1 Mar 2027` in English, where `01/03/2027` reads as 3 January in the US. */
  date(isoDate: string): string;
  /** The month in words, never mistaken for another day: `31. Dezember 2026`, `31 December 2026`. */
  longDate(isoDate: string): string;
  /** Month and year: `03/2027`, `Mar 2027`. */
  monthYear(isoDate: string): string;
}

/**
 * The short day of a language. German readers know one all-numeric order; English readers on
 * both sides of the Atlantic do not share one, so English names the month.
 */
export const shortDayOptions = (locale: string): Intl.DateTimeFormatOptions =>
  locale.startsWith('en')
    ? { day: 'numeric', month: 'short', year: 'numeric' }
    : { day: '2-digit', month: '2-digit', year: 'numeric' };

const M2_PER_HA = 10_000;
/** Between a number and its unit, so a narrow column never puts "ha" under "4,3" (as `Intl` keeps "65,00 €"). */
export const NBSP = '\u00a0';
const cache = new Map<string, Formatters>();

const euroFormats = new Map<string, Intl.NumberFormat>();

/** Building an Intl.NumberFormat costs far more than using one: one per locale and digits. */
function euroFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let nf = euroFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    euroFormats.set(key, nf);
  }
  return nf;
}

const compactEuro = (locale: string) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumSignificantDigits: 3,
  });

/**
 * A `YYYY-MM-DD` day in `format`; a value that is no day is shown as it came. Dates are validated
 * where they enter (contract, storage), but `Intl` throws on an invalid date, and a throw in a
 * render blanks the whole page.
 */
function formatDay(format: Intl.DateTimeFormat, iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : format.format(day);
}

export function formatters(language: string, areaUnit: AreaUnit = 'auto'): Formatters {
  const locale = localeOf(language);
  const cacheKey = `${locale}|${areaUnit}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  // Each Intl format is built on first use: building one costs far more than using it (the
  // first loads the locale's data), and a view rarely needs all of them at once.
  const nf = (max: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: max });
  const byMax = new Map<number, Intl.NumberFormat>();
  const upTo = (max: number) => {
    let format = byMax.get(max);
    if (!format) byMax.set(max, (format = nf(max)));
    return format;
  };
  let dateFormat: Intl.DateTimeFormat | undefined;
  let compact: Intl.NumberFormat | undefined;
  const dates = () =>
    (dateFormat ??= new Intl.DateTimeFormat(locale, { ...shortDayOptions(locale), timeZone: 'UTC' }));
  let longDateFormat: Intl.DateTimeFormat | undefined;
  const longDates = () =>
    (longDateFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  let monthFormat: Intl.DateTimeFormat | undefined;
  const months = () =>
    (monthFormat ??= new Intl.DateTimeFormat(locale, {
      month: locale.startsWith('en') ? 'short' : '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }));
  const inHa = (m2: number) => areaUnit === 'ha' || (areaUnit === 'auto' && Math.abs(m2) >= M2_PER_HA);
  const f: Formatters = {
    locale,
    number: (v, max = 0) => upTo(max).format(v),
    area: (m2) =>
      inHa(m2) ? `${upTo(2).format(m2 / M2_PER_HA)}${NBSP}ha` : `${upTo(1).format(m2)}${NBSP}m²`,
    euro: (v, digits = 2) => euroFormat(locale, digits).format(v),
    euroCompact: (v) => (compact ??= compactEuro(locale)).format(v),
    km: (v) => `${upTo(1).format(v)}${NBSP}km`,
    date: (iso) => formatDay(dates(), iso),
    longDate: (iso) => formatDay(longDates(), iso),
    monthYear: (iso) => formatDay(months(), iso),
  };
  cache.set(cacheKey, f);
  return f;
}

/**
 * The formatters of the page's language, areas in the user's unit, or in `viewUnit` for a view
 * that shows many sites (`useViewAreaUnit`).
 */
export function useFormatters(viewUnit?: AreaUnit): Formatters {
  const { i18n } = useTranslation();
  const unit = useAreaUnit();
  return formatters(i18n.language, viewUnit ?? unit);
}
