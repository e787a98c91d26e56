import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import { useClock } from '@/lib/clock';
import type { ContextItem } from '@/lib/context/context-item';
import { relatedItems } from '@/lib/context/relate';
import { useContextItems } from '@/lib/context/use-context-items';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { isCurrent } from '@/lib/context/timing';

const SHOWN = 3;

/** Running projects and coming events related to the site, the most relevant first. */
export function CurrentContextList({ site }: { site: Site }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const localize = useLocalizedText();
  const today = useClock().today();
  const titleId = useId();
  const context = useContextItems();
  const groups = useMemo(
    () =>
      (['projects', 'events'] as const).map((id) => ({
        id,
        items: relatedItems(site, id === 'projects' ? context.projects : context.events, today)
          .map((r) => r.item)
          .filter((item) => isCurrent(item, today))
          .slice(0, SHOWN),
      })),
    [site, context.projects, context.events, today],
  );
  const when = (item: ContextItem) =>
    item.endDate && item.endDate !== item.date
      ? `${f.date(item.date)} – ${f.date(item.endDate)}`
      : f.date(item.date);
  if (context.isPending) return null;
  return (
    <section className="expose-current" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('expose.current.title')}</h2>
      {groups.map(({ id, items }) => (
        <div key={id} className="expose-current__group">
          <h3>{t(`expose.current.${id}`)}</h3>
          {items.length === 0 ? (
            <p>{t(`expose.current.none_${id}`)}</p>
          ) : (
            <ul>
              {items.map((item) => (
                <li key={item.id}>
                  <span className="expose-current__date">{when(item)}</span>{' '}
                  <Localized value={localize(item, 'title')} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
