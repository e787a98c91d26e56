import { useTranslation } from 'react-i18next';
import { localeOf } from './i18n';

/** Locale-aware formatting: 1.234,5 m² in German, 1,234.5 m² in English. */
export interface Formatters {
  locale: string;
  number(value: number, maxFractionDigits?: number): string;
  area(m2: number): string;
  euro(value: number, fractionDigits?: number): string;
  km(value: number): string;
  date(isoDate: string): string;
}

const cache = new Map<string, Formatters>();

export function formatters(language: string): Formatters {
  const locale = localeOf(language);
  const hit = cache.get(locale);
  if (hit) return hit;
  const nf = (max: number, min = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: max, minimumFractionDigits: min });
  const whole = nf(0);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const f: Formatters = {
    locale,
    number: (v, max = 0) => (max === 0 ? whole : nf(max)).format(v),
    area: (m2) => `${whole.format(m2)} m²`,
    euro: (v, digits = 2) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(v),
    km: (v) => `${nf(1).format(v)} km`,
    date: (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`)),
  };
  cache.set(locale, f);
  return f;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
