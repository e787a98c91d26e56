import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import type { ContextItem } from '@/lib/context/context-item';
import { projectsOfEvent } from '@/lib/context/event-projects';
import { relatedSitesIndexed, type SiteIndex } from '@/lib/context/site-index';
import type { Site } from '@/lib/sites/site';
import { icsHref } from '../event-calendar';
import { RelatedSites } from './related-sites';

interface EventDetailsProps {
  item: ContextItem;
  index: SiteIndex<Site>;
  projects: readonly ContextItem[];
  today: string;
}

/** Under an event: organiser, its own page, the .ics download, and the sites and projects it concerns. */
export function EventDetails({ item, index, projects, today }: EventDetailsProps) {
  const { t, i18n } = useTranslation();
  const localize = useLocalizedText();
  const href = useMemo(() => icsHref([item], t, new Date(), i18n.language), [item, t, i18n.language]);
  const concerns = projectsOfEvent(item, projects);
  return (
    <>
      <ul className="ctx-event__facts">
        {item.organizer && <li>{t('context.events.organizer', { organizer: item.organizer })}</li>}
        {item.url && (
          <li>
            <a href={item.url} rel="noopener noreferrer" target="_blank">
              {t('context.events.page')}
            </a>
          </li>
        )}
        <li>
          <a
            href={href}
            download={`${item.id}.ics`}
            aria-label={t('context.events.icsOne', { title: localize(item, 'title').text })}
          >
            {t('context.events.ics')}
          </a>
        </li>
      </ul>
      <h3 className="ctx-entry__sub">{t('context.relatedSites')}</h3>
      <RelatedSites relations={relatedSitesIndexed(item, index, today)} itemId={item.id} />
      {concerns.length > 0 && (
        <>
          <h3 className="ctx-entry__sub">{t('context.events.projects')}</h3>
          <ul className="ctx-sites" aria-label={t('context.events.projects')}>
            {concerns.map((p) => (
              <li key={p.id}>
                <Link to="/projects" hash={p.id}>
                  <Localized value={localize(p, 'title')} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
