import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import type { SiteRelation } from '@/lib/context/relate';
import type { Site } from '@/lib/sites/site';
import { ReasonList } from './reason-list';

const SHOWN = 5;

/** The reverse link: the sites an item relates to, best first, each with its reasons. */
export function RelatedSites({
  relations,
  itemId,
}: {
  relations: readonly SiteRelation<Site>[];
  /** The item whose sites these are: "… und n weitere" searches them (`region=<id>`). */
  itemId: string;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  if (relations.length === 0) return <p className="ctx-section__empty">{t('context.noRelatedSites')}</p>;
  return (
    <>
      <ul className="ctx-sites" aria-label={t('context.relatedSites')}>
        {relations.slice(0, SHOWN).map(({ site, reasons }) => (
          <li key={site.key}>
            <Link
              to="/sites/$collectionId/$featureId"
              params={{ collectionId: site.collectionId, featureId: site.featureId }}
            >
              <Localized value={localize(site, 'name')} />
            </Link>{' '}
            <span className="ctx-sites__place">({site.municipality})</span>
            <ReasonList reasons={reasons} underItem />
          </li>
        ))}
      </ul>
      {relations.length > SHOWN && (
        <p className="ctx-section__more">
          <Link to="/" search={{ region: itemId } as never}>
            {t('context.more', { count: relations.length - SHOWN })}
          </Link>
        </p>
      )}
    </>
  );
}
