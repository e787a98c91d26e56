import { describe, expect, it } from 'vitest';
import { isCurrentContext } from './current-context';

const TODAY = '2026-12-03';
const event = (date: string, endDate: string | null = null) => ({ kind: 'event' as const, date, endDate });
const project = (date: string, endDate: string | null) => ({ kind: 'project' as const, date, endDate });

describe('isCurrentContext', () => {
  it('keeps an event until its last day has passed', () => {
    expect(isCurrentContext(event('2026-12-08'), TODAY)).toBe(true);
    expect(isCurrentContext(event('2026-12-03'), TODAY)).toBe(true);
    expect(isCurrentContext(event('2026-12-01', '2026-12-03'), TODAY)).toBe(true);
    expect(isCurrentContext(event('2026-12-01', '2026-12-02'), TODAY)).toBe(false);
    expect(isCurrentContext(event('2016-04-29'), TODAY)).toBe(false);
  });

  it('keeps a project that has not ended, and one without an end date', () => {
    expect(isCurrentContext(project('2020-08-14', '2038-12-31'), TODAY)).toBe(true);
    expect(isCurrentContext(project('2010-01-01', null), TODAY)).toBe(true);
    expect(isCurrentContext(project('2027-01-01', '2028-01-01'), TODAY)).toBe(true);
    expect(isCurrentContext(project('2015-01-01', '2019-12-31'), TODAY)).toBe(false);
  });

  it('never counts news as current', () => {
    expect(isCurrentContext({ kind: 'news', date: '2026-12-03', endDate: null }, TODAY)).toBe(false);
  });
});
