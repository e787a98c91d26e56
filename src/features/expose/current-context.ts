import type { ContextItem } from '@/lib/context/context-item';

/**
 * Whether a project or an event belongs in the exposé: an event until its last day (its date
 * when it has no end) has passed, a project until its end date has passed; a project without
 * an end date is running. News never count as current. The general upcoming/running/past rule
 * of the context pages will replace this one function.
 */
export function isCurrentContext(
  item: Pick<ContextItem, 'kind' | 'date' | 'endDate'>,
  today: string,
): boolean {
  switch (item.kind) {
    case 'event':
      return (item.endDate ?? item.date) >= today;
    case 'project':
      return item.endDate === null || item.endDate >= today;
    case 'news':
      return false;
  }
}
