import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { topicLabel } from '../reason-text';

/** A select of topics; "" means all. The page keeps the choice in the URL (`?topic=`). */
export function TopicFilter({
  topics,
  value,
  onChange,
}: {
  topics: readonly string[];
  value: string;
  onChange: (topic: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const sorted = [...topics].sort((a, b) => topicLabel(a, t).localeCompare(topicLabel(b, t)));
  return (
    <p className="ctx-filter">
      <label htmlFor={id}>{t('context.topicFilter')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('context.allTopics')}</option>
        {sorted.map((topic) => (
          <option key={topic} value={topic}>
            {topicLabel(topic, t)}
          </option>
        ))}
      </select>
    </p>
  );
}
