import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { indexSites, relatedSitesIndexed } from '@/lib/context/site-index';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { ContextEntry } from './context-entry';
import { RelatedSites } from './related-sites';
import { ContextPageHead, useItemsOfTopic } from './context-page-head';
import '@/styles/context.css';

export interface ContextListProps {
  items: readonly ContextItem[];
  sites: readonly Site[];
  today: string;
  topic: string;
  onTopicChange: (topic: string) => void;
}

const newestFirst = (a: ContextItem, b: ContextItem) => b.date.localeCompare(a.date);

/** The news page: newest first, a topic filter, each item with its place and its related sites. */
export function NewsList({ items, sites, today, topic, onTopicChange }: ContextListProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const index = useMemo(() => indexSites(sites), [sites]);
  const shown = useItemsOfTopic(items, topic, newestFirst);
  return (
    <div className="ctx-page">
      <ContextPageHead
        page="news"
        items={items}
        shown={shown.length}
        topic={topic}
        onTopicChange={onTopicChange}
      />
      {shown.map((item) => (
        <ContextEntry key={item.id} item={item} sites={sites} meta={f.date(item.date)}>
          <h3 className="ctx-entry__sub">{t('context.relatedSites')}</h3>
          <RelatedSites relations={relatedSitesIndexed(item, index, today)} itemId={item.id} />
        </ContextEntry>
      ))}
    </div>
  );
}
