import { berlinDay } from '@/lib/calendar/berlin-time';
import type { ContextItem } from './context-item';

/** Where an event or project stands relative to "today". */
export type Timing = 'upcoming' | 'running' | 'past';

type Timed = Pick<ContextItem, 'kind' | 'date' | 'endDate'> & Partial<Pick<ContextItem, 'start' | 'end'>>;

/**
 * First and last day (Berlin) of an item: events by `start` / `end` (else `date` / `endDate`,
 * one day when none), projects by `date` / `endDate` (null = open: no last day).
 */
export function itemDays(item: Timed): { first: string; last: string | null } {
  if (item.kind === 'event') {
    const first = item.start ? berlinDay(item.start) : item.date;
    const last = item.end ? berlinDay(item.end) : (item.endDate ?? first);
    return { first, last };
  }
  return { first: item.date, last: item.endDate };
}

/**
 * Upcoming before its first day, past after its last day, running in between (by whole days:
 * an event is running all day long on its last day). A project without an end runs once started.
 * News are dated reports: always past.
 */
export function timing(item: Timed, today: string): Timing {
  if (item.kind === 'news') return 'past';
  const { first, last } = itemDays(item);
  if (first > today) return 'upcoming';
  if (last !== null && last < today) return 'past';
  return 'running';
}

/** Upcoming and running items: what site pages and exposés show. */
export const isCurrent = (item: Timed, today: string): boolean => timing(item, today) !== 'past';
