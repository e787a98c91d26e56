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
  km(value: number): string;
  date(isoDate: string): string;
}

const M2_PER_HA = 10_000;
const cache = new Map<string, Formatters>();

export function formatters(language: string, areaUnit: AreaUnit = 'auto'): Formatters {
  const locale = localeOf(language);
  const cacheKey = `${locale}|${areaUnit}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const nf = (max: number, min = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: max, minimumFractionDigits: min });
  const whole = nf(0);
  const oneDecimal = nf(1);
  const twoDecimals = nf(2);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const inHa = (m2: number) => areaUnit === 'ha' || (areaUnit === 'auto' && Math.abs(m2) >= M2_PER_HA);
  const f: Formatters = {
    locale,
    number: (v, max = 0) => (max === 0 ? whole : nf(max)).format(v),
    area: (m2) => (inHa(m2) ? `${twoDecimals.format(m2 / M2_PER_HA)} ha` : `${oneDecimal.format(m2)} m²`),
    euro: (v, digits = 2) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(v),
    km: (v) => `${oneDecimal.format(v)} km`,
    date: (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`)),
  };
  cache.set(cacheKey, f);
  return f;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const unit = useAreaUnit();
  return formatters(i18n.language, unit);
}
