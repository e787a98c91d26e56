import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextItem } from '@/lib/context/context-item';
import { useFormatters } from '@/lib/i18n/format';
import { topicsOf } from '../item-places';
import { TopicFilter } from './topic-filter';

/**
 * The topic the page shows: the one asked for when some item has it, else all (''). A link
 * with a topic the page has nothing on (mistyped, or from another page) shows everything and
 * says so, instead of "0 entries" under a filter that reads "all topics".
 */
function topicShown(items: readonly ContextItem[], topic: string): string {
  return topic !== '' && items.some((i) => i.topics.includes(topic)) ? topic : '';
}

/** The items of one topic ('' = all), in the page's order (ties by id, so the order is stable). */
export function useItemsOfTopic(
  items: readonly ContextItem[],
  topic: string,
  compare: (a: ContextItem, b: ContextItem) => number,
): ContextItem[] {
  return useMemo(() => {
    const shown = topicShown(items, topic);
    return items
      .filter((i) => shown === '' || i.topics.includes(shown))
      .sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
  }, [items, topic, compare]);
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
  const shownTopic = topicShown(items, topic);
  return (
    <>
      <h1>{t(`context.${page}.title`)}</h1>
      <p className="ctx-page__intro">{t(`context.${page}.intro`)}</p>
      {shownTopic !== topic && items.length > 0 && (
        <p className="notice notice--warning">{t('context.topicUnknown', { topic })}</p>
      )}
      <TopicFilter topics={topicsOf(items)} value={shownTopic} onChange={onTopicChange} />
      <p role="status" className="ctx-page__count">
        {t(`context.${page}.count`, { count: shown, formatted: f.number(shown) })}
      </p>
    </>
  );
}
