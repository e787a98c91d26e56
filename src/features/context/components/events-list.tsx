import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { indexSites } from '@/lib/context/site-index';
import { timing } from '@/lib/context/timing';
import { useFormatters } from '@/lib/i18n/format';
import { localizedText } from '@/lib/i18n/localized-text';
import { icsHref } from '../event-calendar';
import { eventWhen } from '../event-when';
import { ContextEntry } from './context-entry';
import { ContextPageHead, useItemsOfTopic } from './context-page-head';
import { EarlierSection } from './earlier-section';
import { EventDetails } from './event-details';
import type { ContextListProps } from './news-list';
import '@/styles/context.css';

const soonestFirst = (a: ContextItem, b: ContextItem) => (a.start ?? a.date).localeCompare(b.start ?? b.date);

/** The venue in the reader's language; German only is said in words (the meta line is plain text). */
function venueText(e: ContextItem, language: string, germanOnly: string): string {
  const venue = localizedText({ venue: e.venue ?? '', venue_en: e.venue_en }, 'venue', language);
  return venue.fallback ? `${venue.text} (${germanOnly})` : venue.text;
}

/**
 * The events page: a topic filter, the running and upcoming events (soonest first), the earlier
 * ones collapsed under "Frühere" (latest first); a calendar file for the shown list and each event.
 */
export function EventsList({
  items,
  sites,
  today,
  topic,
  onTopicChange,
  projects,
}: ContextListProps & { projects: readonly ContextItem[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const index = useMemo(() => indexSites(sites), [sites]);
  const shown = useItemsOfTopic(items, topic, soonestFirst);
  const current = shown.filter((e) => timing(e, today) !== 'past');
  const earlier = shown.filter((e) => timing(e, today) === 'past').reverse();
  const listHref = useMemo(() => icsHref(shown, t, new Date(), i18n.language), [shown, t, i18n.language]);
  const entry = (e: ContextItem) => {
    const meta = [
      eventWhen(e, f),
      timing(e, today) === 'running' ? t('context.events.running') : null,
      e.venue ? t('context.events.venue', { venue: venueText(e, i18n.language, t('app.germanOnly')) }) : null,
    ];
    return (
      <ContextEntry key={e.id} item={e} sites={sites} meta={meta.filter(Boolean).join(' · ')} level={3}>
        <EventDetails item={e} index={index} projects={projects} today={today} />
      </ContextEntry>
    );
  };
  return (
    <div className="ctx-page">
      <ContextPageHead
        page="events"
        items={items}
        shown={shown.length}
        topic={topic}
        onTopicChange={onTopicChange}
      />
      {shown.length > 0 && (
        <p>
          <a href={listHref} download={t('context.events.icsFile')}>
            {t('context.events.icsAll', { count: shown.length })}
          </a>
        </p>
      )}
      <section className="ctx-group" aria-labelledby="events-current">
        <h2 id="events-current" className="ctx-group__title">
          {t('context.events.current')}
        </h2>
        {current.length === 0 ? (
          <p className="ctx-section__empty">{t('context.events.noCurrent')}</p>
        ) : (
          current.map(entry)
        )}
      </section>
      <EarlierSection id="events" count={earlier.length}>
        {earlier.map(entry)}
      </EarlierSection>
    </div>
  );
}
