import { BERLIN } from '@/lib/calendar/berlin-time';
import type { ContextItem } from '@/lib/context/context-item';
import { shortDayOptions, type Formatters } from '@/lib/i18n/format';

const formats = new Map<string, Intl.DateTimeFormat>();
const dateTime = (locale: string) => {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      ...shortDayOptions(locale),
      hour: '2-digit',
      minute: '2-digit',
      timeZone: BERLIN,
    });
    formats.set(locale, f);
  }
  return f;
};

/**
 * When an event takes place, in the reader's locale and Berlin time ("08.12.2026, 10:00 – 15:00",
 * "8 Dec 2026, 10:00–15:00"); without times its days ("06.10.2025 – 08.10.2025").
 */
export function eventWhen(
  item: Pick<ContextItem, 'date' | 'endDate' | 'start' | 'end'>,
  f: Formatters,
): string {
  if (item.start) {
    const start = new Date(item.start);
    return item.end
      ? dateTime(f.locale).formatRange(start, new Date(item.end))
      : dateTime(f.locale).format(start);
  }
  return item.endDate && item.endDate !== item.date
    ? `${f.date(item.date)} – ${f.date(item.endDate)}`
    : f.date(item.date);
}
