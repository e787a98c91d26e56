import type { TFunction } from 'i18next';
import { writeIcs, type CalendarEvent } from '@/lib/calendar/ics';
import type { ContextItem } from '@/lib/context/context-item';
import { localizedText } from '@/lib/i18n/localized-text';

/** Stable across downloads, so a calendar updates an imported event instead of doubling it. */
const uidOf = (id: string) => `${id}@standortfinder-mitteldeutschland`;

/** One event as a calendar entry, its texts in the reader's language (German where none). */
export function toCalendarEvent(item: ContextItem, t: TFunction, language = 'de'): CalendarEvent {
  const text = (field: 'title' | 'teaser') => localizedText(item, field, language).text;
  const description = [
    text('teaser'),
    item.organizer ? t('context.events.organizer', { organizer: item.organizer }) : null,
    item.url,
  ]
    .filter((x): x is string => Boolean(x))
    .join('\n');
  return {
    uid: uidOf(item.id),
    summary: text('title'),
    description,
    location: item.venue
      ? localizedText({ venue: item.venue, venue_en: item.venue_en }, 'venue', language).text
      : null,
    url: item.url,
    start: item.start,
    end: item.end,
    date: item.date,
    endDate: item.endDate,
  };
}

/** A `data:` address of the .ics file of some events: a plain link downloads it. */
export function icsHref(items: readonly ContextItem[], t: TFunction, now: Date, language = 'de'): string {
  const text = writeIcs(
    items.map((i) => toCalendarEvent(i, t, language)),
    { now, name: t('context.events.calendarName') },
  );
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
}
