import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { indexSites, relatedSitesIndexed } from '@/lib/context/site-index';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { topicsOf } from '../item-places';
import { ContextEntry } from './context-entry';
import { RelatedSites } from './related-sites';
import { TopicFilter } from './topic-filter';
import '@/styles/context.css';

export interface ContextListProps {
  items: readonly ContextItem[];
  sites: readonly Site[];
  today: string;
  topic: string;
  onTopicChange: (topic: string) => void;
}

/** The news page: newest first, a topic filter, each item with its place and its related sites. */
export function NewsList({ items, sites, today, topic, onTopicChange }: ContextListProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const index = useMemo(() => indexSites(sites), [sites]);
  const shown = useMemo(
    () =>
      items
        .filter((i) => topic === '' || i.topics.includes(topic))
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    [items, topic],
  );
  return (
    <div className="ctx-page">
      <h1>{t('context.news.title')}</h1>
      <p className="ctx-page__intro">{t('context.news.intro')}</p>
      <TopicFilter topics={topicsOf(items)} value={topic} onChange={onTopicChange} />
      <p role="status" className="ctx-page__count">
        {t('context.news.count', { count: shown.length, formatted: f.number(shown.length) })}
      </p>
      {shown.map((item) => (
        <ContextEntry key={item.id} item={item} sites={sites} meta={f.date(item.date)}>
          <h3 className="ctx-entry__sub">{t('context.relatedSites')}</h3>
          <RelatedSites relations={relatedSitesIndexed(item, index, today)} />
        </ContextEntry>
      ))}
    </div>
  );
}
