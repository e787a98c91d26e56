import { describe, expect, it } from 'vitest';
import { isCurrent, timing } from './timing';

const event = {
  kind: 'event' as const,
  date: '2026-10-05',
  endDate: '2026-10-07',
  start: '2026-10-05T09:00:00+02:00',
  end: '2026-10-07T17:00:00+02:00',
};
const project = { kind: 'project' as const, date: '2023-01-01', endDate: '2024-12-31' };

describe('timing moves with today', () => {
  it.each([
    ['2026-10-04', 'upcoming'],
    ['2026-10-05', 'running'],
    ['2026-10-07', 'running'],
    ['2026-10-08', 'past'],
  ] as const)('an event of 5–7 October on %s is %s', (today, expected) => {
    expect(timing(event, today)).toBe(expected);
  });

  it('reads an event day in Berlin, not in UTC', () => {
    const lateStart = {
      kind: 'event' as const,
      date: '2026-12-08',
      endDate: null,
      start: '2026-12-07T23:30:00Z',
      end: null,
    };
    expect(timing(lateStart, '2026-12-07')).toBe('upcoming');
    expect(timing(lateStart, '2026-12-08')).toBe('running');
    expect(timing(lateStart, '2026-12-09')).toBe('past');
  });

  it('falls back to date / end_date for an event without times (one day when no end)', () => {
    const allDay = { kind: 'event' as const, date: '2027-02-17', endDate: null, start: null, end: null };
    expect(timing(allDay, '2027-02-17')).toBe('running');
    expect(timing(allDay, '2027-02-18')).toBe('past');
  });

  it('runs a project from its start to its end; without an end it keeps running', () => {
    expect(timing(project, '2022-12-31')).toBe('upcoming');
    expect(timing(project, '2024-12-31')).toBe('running');
    expect(timing(project, '2025-01-01')).toBe('past');
    expect(timing({ ...project, endDate: null }, '2040-01-01')).toBe('running');
    expect(isCurrent(project, '2025-01-01')).toBe(false);
    expect(isCurrent(project, '2023-06-01')).toBe(true);
  });
});
