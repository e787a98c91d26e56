import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import type { ContextItem } from '@/lib/context/context-item';
import type { Site } from '@/lib/sites/site';
import { itemPoints } from '../item-places';
import { topicLabel } from '../reason-text';
import { LocatorMap } from './locator-map';

/** One news item, project or event on its page: text, topics, place on the locator map, links. */
export function ContextEntry({
  item,
  sites,
  meta,
  level = 2,
  children,
}: {
  item: ContextItem;
  sites: readonly Site[];
  meta: string;
  /** Heading level of the title: 2 on its own page, 3 inside a group. */
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const title = localize(item, 'title');
  const points = itemPoints(item, sites);
  return (
    <article id={item.id} className="ctx-entry" aria-labelledby={`${item.id}-title`} tabIndex={-1}>
      <div className="ctx-entry__text">
        <p className="ctx-list__date">{meta}</p>
        <Heading id={`${item.id}-title`} className="ctx-entry__title">
          <Localized value={title} />
        </Heading>
        <p className="ctx-entry__teaser">
          <Localized value={localize(item, 'teaser')} />
        </p>
        <details>
          <summary>{t('context.readMore')}</summary>
          <p className="ctx-entry__body">
            <Localized value={localize(item, 'body')} />
          </p>
          <p className="ctx-entry__source">
            {t('context.source')} <Localized value={localize(item, 'source')} />
          </p>
          {item.links.length > 0 && (
            <ul className="ctx-entry__links">
              {item.links.map((l) => (
                <li key={l.href}>
                  <a href={l.href} rel="noopener noreferrer" target="_blank">
                    {l.title ?? l.href}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </details>
        <ul className="ctx-topics">
          {item.topics.map((topic) => (
            <li key={topic}>{topicLabel(topic, t)}</li>
          ))}
        </ul>
        {children}
      </div>
      <figure className="ctx-entry__map">
        {points.length > 0 ? (
          <LocatorMap points={points} label={title.text} />
        ) : (
          <figcaption className="ctx-section__empty">{t('context.noPlace')}</figcaption>
        )}
      </figure>
    </article>
  );
}
