import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../tests/support/real-parsers';
import { escapeText, foldLine, writeIcs, type CalendarEvent } from './ics';

const fair: CalendarEvent = {
  uid: 'event-2026-expo-real@standortfinder-mitteldeutschland',
  summary: 'EXPO REAL 2026 – Gemeinschaftsstand; Halle, Leipzig',
  description:
    'Aussteller aus Sachsen, Sachsen-Anhalt und Thüringen zeigen verfügbare Industrie- und Gewerbeflächen.\nVeranstalter: Messe München GmbH',
  location: 'Messe München',
  url: 'https://exporeal.net/',
  start: '2026-10-05T09:00:00+02:00',
  end: '2026-10-07T17:00:00+02:00',
  date: '2026-10-05',
  endDate: '2026-10-07',
};
const winter: CalendarEvent = {
  ...fair,
  uid: 'event-sprechtag@standortfinder-mitteldeutschland',
  summary: 'Sprechtag',
  start: '2026-12-08T09:00:00Z',
  end: null,
  date: '2026-12-08',
  endDate: null,
};
const allDay: CalendarEvent = {
  ...winter,
  uid: 'all-day@x',
  start: null,
  end: null,
  date: '2027-02-17',
  endDate: '2027-02-18',
};
const NOW = new Date('2026-11-27T08:15:00Z');

describe('the iCalendar writer', () => {
  const text = writeIcs([fair, winter, allDay], { now: NOW, name: 'Termine' });

  it('ends every line in CRLF and keeps lines within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds without splitting a UTF-8 character', () => {
    const folded = foldLine(`SUMMARY:${'ä'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ä'.repeat(60)}`);
    expect(folded.split('\r\n').length).toBeGreaterThan(1);
  });

  it('writes a URL only when it is http, https or mailto and has no line break', () => {
    const withUrl = (url: string) => writeIcs([{ ...winter, url }], { now: NOW, name: 'T' });
    expect(withUrl('mailto:termine@example.org')).toContain('URL:mailto:termine@example.org\r\n');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://x.example/\r\nATTACH:evil'])
      expect(withUrl(bad)).not.toMatch(/^URL:/m);
  });

  it('escapes text values', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('parses in a real calendar parser (python icalendar) with Berlin times, UID and DTSTAMP', () => {
    const cal = parseIcs(text);
    expect(cal.tz).toEqual(['Europe/Berlin']);
    const [a, b, c] = cal.events;
    expect(a).toMatchObject({
      uid: fair.uid,
      summary: fair.summary,
      description: fair.description,
      location: 'Messe München',
      url: 'https://exporeal.net/',
      start: '2026-10-05T09:00:00+02:00',
      end: '2026-10-07T17:00:00+02:00',
      tzid: 'Europe/Berlin',
      stamp: '2026-11-27T08:15:00+00:00',
    });
    // 09:00 UTC in December is 10:00 in Berlin (CET).
    expect(b).toMatchObject({ start: '2026-12-08T10:00:00+01:00', end: null });
    // All day: DTEND is the day after the last day.
    expect(c).toMatchObject({ start: '2027-02-17', end: '2027-02-19' });
  });
});
