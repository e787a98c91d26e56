import { Link } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { indexSites, relatedSitesIndexed } from '@/lib/context/site-index';
import { useFormatters } from '@/lib/i18n/format';
import { localizedText } from '@/lib/i18n/localized-text';
import { ContextEntry } from './context-entry';
import type { ContextListProps } from './news-list';
import { RelatedSites } from './related-sites';
import { ContextPageHead, useItemsOfTopic } from './context-page-head';
import '@/styles/context.css';

/** The projects page: each project with its period, place, the sites in its region and a link to search them. */
export function ProjectsList({ items, sites, today, topic, onTopicChange }: ContextListProps) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const language = i18n.language;
  const byTitle = useCallback(
    (a: ContextItem, b: ContextItem) =>
      localizedText(a, 'title', language).text.localeCompare(localizedText(b, 'title', language).text),
    [language],
  );
  const index = useMemo(() => indexSites(sites), [sites]);
  const shown = useItemsOfTopic(items, topic, byTitle);
  return (
    <div className="ctx-page">
      <ContextPageHead
        page="projects"
        items={items}
        shown={shown.length}
        topic={topic}
        onTopicChange={onTopicChange}
      />
      {shown.map((item) => {
        const meta = item.endDate
          ? t('context.projects.period', { from: f.date(item.date), to: f.date(item.endDate) })
          : t('context.projects.since', { from: f.date(item.date) });
        const hasRegion = item.locations.length > 0;
        return (
          <ContextEntry key={item.id} item={item} sites={sites} meta={meta}>
            <h3 className="ctx-entry__sub">{t('context.relatedSites')}</h3>
            {hasRegion ? (
              <>
                <RelatedSites relations={relatedSitesIndexed(item, index, today)} />
                <p>
                  <Link to="/" search={{ region: item.id } as never}>
                    {t('context.projects.sitesInRegion')}
                  </Link>
                </p>
              </>
            ) : (
              <p className="ctx-section__empty">{t('context.projects.noRegion')}</p>
            )}
          </ContextEntry>
        );
      })}
    </div>
  );
}
