import { berlinDay } from '../../src/lib/calendar/berlin-time';
import { issue, where, type CheckedFeature, type Issue } from './issue';

interface EventTimes {
  date: string;
  end_date?: string | null;
  start?: string | null;
  end?: string | null;
}

/**
 * An event's times agree with its days: `date` is the Berlin day of `start`, the last day
 * (`end_date`, else `date`) that of `end`, and `end` is not before `start`.
 */
export function checkEventTimes(events: readonly CheckedFeature<EventTimes>[]): Issue[] {
  const out: Issue[] = [];
  for (const f of events) {
    const { date, end_date, start, end } = f.properties;
    if (!start) continue;
    if (berlinDay(start) !== date)
      out.push(issue('event-times', where(f), `start ${start} is not on ${date}`));
    if (!end) continue;
    if (Date.parse(end) < Date.parse(start)) {
      out.push(issue('event-times', where(f), `end ${end} is before start ${start}`));
    }
    const last = end_date ?? date;
    if (berlinDay(end) !== last) out.push(issue('event-times', where(f), `end ${end} is not on ${last}`));
  }
  return out;
}

/** A site was not listed after the day its data were collected. */
export function checkListedSince(
  sites: readonly CheckedFeature<{ data_as_of: string; listed_since?: string | null }>[],
): Issue[] {
  return sites
    .filter((f) => f.properties.listed_since != null && f.properties.listed_since > f.properties.data_as_of)
    .map((f) =>
      issue(
        'listed-since',
        where(f),
        `listed_since ${f.properties.listed_since} is after data_as_of ${f.properties.data_as_of}`,
      ),
    );
}
