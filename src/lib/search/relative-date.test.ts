import { describe, expect, it } from 'vitest';
import { addDuration, durationParam, parseDuration, resolveDateBound } from './relative-date';

describe('relative availability bounds', () => {
  it('reads date-part ISO 8601 durations and nothing else', () => {
    expect(parseDuration('P12M')).toEqual({ years: 0, months: 12, weeks: 0, days: 0 });
    expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseDuration('P30D')?.days).toBe(30);
    for (const bad of ['P', 'P1H', 'PT1H', '12M', 'P-1M', 'P1M1Y', 'P999Y', '2026-01-01', 'now'])
      expect(parseDuration(bad), bad).toBeUndefined();
    expect(durationParam('p6m')).toBe('P6M');
  });

  it('adds a duration to today, clamping a month end', () => {
    expect(addDuration('2026-11-27', { years: 0, months: 12, weeks: 0, days: 0 })).toBe('2027-11-27');
    expect(addDuration('2026-01-31', { years: 0, months: 1, weeks: 0, days: 0 })).toBe('2026-02-28');
    expect(addDuration('2026-12-20', { years: 0, months: 0, weeks: 0, days: 30 })).toBe('2027-01-19');
    expect(addDuration('2024-02-29', { years: 1, months: 0, weeks: 0, days: 0 })).toBe('2025-02-28');
  });

  it('resolves now, a date and a duration against today', () => {
    expect(resolveDateBound('now', '2026-11-27')).toBe('2026-11-27');
    expect(resolveDateBound('2027-03-01', '2026-11-27')).toBe('2027-03-01');
    expect(resolveDateBound('P6M', '2026-11-27')).toBe('2027-05-27');
    expect(resolveDateBound('P6M', '2027-01-10')).toBe('2027-07-10');
  });
});
