import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { useFormatters } from '@/lib/i18n/format';
import { localizedText } from '@/lib/i18n/localized-text';
import type { Site } from '@/lib/sites/site';
import { ContextEntry } from './context-entry';
import '@/styles/context.css';

/** Past or upcoming relative to today: an event is upcoming until its last day has passed. */
export const isUpcoming = (event: Pick<ContextItem, 'date' | 'endDate'>, today: string): boolean =>
  (event.endDate ?? event.date) >= today;

/** The venue in the reader's language; German only is said in words (the meta line is plain text). */
function venueText(e: ContextItem, language: string, germanOnly: string): string {
  const venue = localizedText({ venue: e.venue ?? '', venue_en: e.venue_en }, 'venue', language);
  return venue.fallback ? `${venue.text} (${germanOnly})` : venue.text;
}

/** The events page: upcoming (soonest first), then past (latest first). */
export function EventsList({
  items,
  sites,
  today,
}: {
  items: readonly ContextItem[];
  sites: readonly Site[];
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const { upcoming, past } = useMemo(() => {
    const byDate = (a: ContextItem, b: ContextItem) =>
      a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
    return {
      upcoming: items.filter((e) => isUpcoming(e, today)).sort(byDate),
      past: items.filter((e) => !isUpcoming(e, today)).sort((a, b) => byDate(b, a)),
    };
  }, [items, today]);
  const meta = (e: ContextItem) =>
    [
      e.endDate && e.endDate !== e.date ? `${f.date(e.date)} – ${f.date(e.endDate)}` : f.date(e.date),
      e.venue ? t('context.events.venue', { venue: venueText(e, i18n.language, t('app.germanOnly')) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const group = (id: 'upcoming' | 'past', list: ContextItem[], empty: string) => (
    <section className="ctx-group" aria-labelledby={`events-${id}`}>
      <h2 id={`events-${id}`} className="ctx-group__title">
        {t(`context.events.${id}`)}
      </h2>
      {list.length === 0 ? (
        <p className="ctx-section__empty">{empty}</p>
      ) : (
        list.map((e) => <ContextEntry key={e.id} item={e} sites={sites} meta={meta(e)} level={3} />)
      )}
    </section>
  );
  return (
    <div className="ctx-page">
      <h1>{t('context.events.title')}</h1>
      <p className="ctx-page__intro">{t('context.events.intro')}</p>
      {group('upcoming', upcoming, t('context.events.noUpcoming'))}
      {group('past', past, t('context.events.noPast'))}
    </div>
  );
}
