import { describe, expect, it } from 'vitest';
import { checkEventTimes, checkListedSince } from './time-rules';

const event = (p: Record<string, string | null>) => ({
  collection: 'events',
  id: 'e',
  geometry: null,
  properties: { date: '2026-12-08', end_date: null, start: null, end: null, ...p },
});

describe('event times', () => {
  it('accepts times on the event days, in Berlin', () => {
    expect(
      checkEventTimes([event({ start: '2026-12-08T10:00:00+01:00', end: '2026-12-08T15:00:00+01:00' })]),
    ).toEqual([]);
    // 23:30 UTC on the 7th is already the 8th in Berlin.
    expect(checkEventTimes([event({ start: '2026-12-07T23:30:00Z' })])).toEqual([]);
  });

  it('rejects a start on another day and an end before the start', () => {
    expect(checkEventTimes([event({ start: '2026-12-09T10:00:00+01:00' })])[0]?.message).toMatch(
      /not on 2026-12-08/,
    );
    const rules = checkEventTimes([
      event({ start: '2026-12-08T10:00:00+01:00', end: '2026-12-08T09:00:00+01:00' }),
    ]);
    expect(rules[0]?.message).toMatch(/before start/);
  });
});

describe('listed_since', () => {
  it('is not after data_as_of', () => {
    const site = (listed_since: string) => ({
      collection: 'plots',
      id: 'p',
      geometry: null,
      properties: { data_as_of: '2026-10-01', listed_since },
    });
    expect(checkListedSince([site('2026-10-01')])).toEqual([]);
    expect(checkListedSince([site('2026-10-02')])).toHaveLength(1);
  });
});
