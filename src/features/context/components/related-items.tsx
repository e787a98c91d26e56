import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import { useFormatters } from '@/lib/i18n/format';
import type { ContextItem } from '@/lib/context/context-item';
import type { Relation } from '@/lib/context/relate';
import { ReasonList } from './reason-list';

export type SectionId = 'news' | 'projects' | 'events';

const PAGE = { news: '/news', projects: '/projects', events: '/events' } as const;
export const SHOWN_PER_SECTION = 5;

/** One section of the site page: related items, best first, each with its reasons. */
export function RelatedItems({
  id,
  relations,
}: {
  id: SectionId;
  relations: readonly Relation<ContextItem>[];
}) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const f = useFormatters();
  const shown = relations.slice(0, SHOWN_PER_SECTION);
  return (
    <section className="ctx-section" aria-labelledby={`ctx-${id}`}>
      <h2 id={`ctx-${id}`}>{t(`context.sections.${id}`)}</h2>
      {shown.length === 0 ? (
        <p className="ctx-section__empty">{t(`context.empty.${id}`)}</p>
      ) : (
        <ol className="ctx-list">
          {shown.map(({ item, reasons }) => (
            <li key={item.id} className="ctx-list__item">
              <p className="ctx-list__date">
                {f.date(item.date)}
                {item.endDate && item.endDate !== item.date ? ` – ${f.date(item.endDate)}` : ''}
              </p>
              <Link to={PAGE[id]} hash={item.id} className="ctx-list__title">
                <Localized value={localize(item, 'title')} />
              </Link>
              {id === 'news' && (
                <p className="ctx-list__teaser">
                  <Localized value={localize(item, 'teaser')} />
                </p>
              )}
              <ReasonList reasons={reasons} />
            </li>
          ))}
        </ol>
      )}
      <p className="ctx-section__more">
        {relations.length > shown.length && (
          <span>{t('context.more', { count: relations.length - shown.length })} · </span>
        )}
        <Link to={PAGE[id]}>{t(`context.showAll_${id}`)}</Link>
      </p>
    </section>
  );
}
