import { isAllowedLink } from '@/contract/field-types';
import { BERLIN, berlinWallClock } from './berlin-time';

/**
 * A small iCalendar (RFC 5545) writer for the events page: one VCALENDAR with the Europe/Berlin
 * VTIMEZONE and one VEVENT per event. Text is escaped (§3.3.11), lines end in CRLF and are folded
 * at 75 octets without splitting a UTF-8 character (§3.1).
 */
export interface CalendarEvent {
  /** Globally unique and stable: the same event keeps its UID across downloads. */
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  /** ISO 8601 with offset; null = all day from `date` to `endDate`. */
  start: string | null;
  end: string | null;
  date: string;
  endDate: string | null;
}

const CRLF = '\r\n';

/** The rules of Europe/Berlin since 1996 (last Sunday of March / October). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping: backslash, semicolon, comma and line breaks. */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const compact = (wall: string) => wall.replace(/[-:]/g, '').slice(0, 15);
const dayValue = (isoDay: string) => isoDay.replace(/-/g, '');

/** The day after an ISO day (an all-day DTEND is exclusive). */
function nextDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function timeLines(e: CalendarEvent): string[] {
  if (e.start === null) {
    return [
      `DTSTART;VALUE=DATE:${dayValue(e.date)}`,
      `DTEND;VALUE=DATE:${dayValue(nextDay(e.endDate ?? e.date))}`,
    ];
  }
  const local = (iso: string) => compact(berlinWallClock(Date.parse(iso)));
  return [
    `DTSTART;TZID=${BERLIN}:${local(e.start)}`,
    ...(e.end ? [`DTEND;TZID=${BERLIN}:${local(e.end)}`] : []),
  ];
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    ...timeLines(e),
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    // The same rule as the page's links: only http, https and mailto, never a line break.
    ...(e.url && isAllowedLink(e.url) ? [`URL:${e.url}`] : []),
    'END:VEVENT',
  ];
}

/** `YYYYMMDDTHHMMSSZ` of an instant (DTSTAMP is in UTC). */
export const utcStamp = (at: Date): string => `${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** The whole calendar file; `now` stamps the events (when the file was made). */
export function writeIcs(
  events: readonly CalendarEvent[],
  { now, name }: { now: Date; name: string },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Standortfinder Mitteldeutschland//Termine//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...VTIMEZONE,
    ...events.flatMap((e) => eventLines(e, utcStamp(now))),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export const ICS_TYPE = 'text/calendar;charset=utf-8';
