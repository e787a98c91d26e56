import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { useFormatters } from '@/lib/i18n/format';
import { topicsOf } from '../item-places';
import { TopicFilter } from './topic-filter';

/** The items of one topic ('' = all), in the page's order (ties by id, so the order is stable). */
export function useItemsOfTopic(
  items: readonly ContextItem[],
  topic: string,
  compare: (a: ContextItem, b: ContextItem) => number,
): ContextItem[] {
  return useMemo(
    () =>
      items
        .filter((i) => topic === '' || i.topics.includes(topic))
        .sort((a, b) => compare(a, b) || a.id.localeCompare(b.id)),
    [items, topic, compare],
  );
}

interface ContextPageHeadProps {
  page: 'news' | 'projects' | 'events';
  items: readonly ContextItem[];
  shown: number;
  topic: string;
  onTopicChange: (topic: string) => void;
}

/** Title, introduction, topic filter and the count of shown items of the news, projects and events pages. */
export function ContextPageHead({ page, items, shown, topic, onTopicChange }: ContextPageHeadProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <>
      <h1>{t(`context.${page}.title`)}</h1>
      <p className="ctx-page__intro">{t(`context.${page}.intro`)}</p>
      <TopicFilter topics={topicsOf(items)} value={topic} onChange={onTopicChange} />
      <p role="status" className="ctx-page__count">
        {t(`context.${page}.count`, { count: shown, formatted: f.number(shown) })}
      </p>
    </>
  );
}
