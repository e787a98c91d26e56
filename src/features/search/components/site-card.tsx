import { Link } from '@tanstack/react-router';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import type { ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { isNewlyListed } from '@/lib/sites/new-listing';
import { parkName } from '@/lib/sites/park-name';
import type { Site } from '@/lib/sites/site';
import type { SearchedFor } from '../searched-facts';
import { siteSizeLabel, sitePriceLabel, siteTotalPriceLabel } from '../site-summary';
import { SearchedFactsList } from './searched-facts-list';

/**
 * What the app layer adds to a card (marks and actions from other features), so the search
 * feature shows them without importing those features.
 */
export type RenderCardExtra = (site: Site) => ReactNode;

interface SiteCardProps {
  site: Site;
  renderExtra?: RenderCardExtra | undefined;
  /** What the search asks for: the card shows the site's own values for it. */
  asked?: SearchedFor | undefined;
  /** The list's area unit: every card of a list reads in one (`viewAreaUnit`). */
  areaUnit?: ViewAreaUnit | undefined;
}

/**
 * One result: name, municipality, key size and price, the values of what was searched; the name
 * links to the detail. Memoised:
 * when the list only moves or re-measures its rows, the cards stay as they are.
 */
export const SiteCard = memo(function SiteCard({ site, renderExtra, asked, areaUnit }: SiteCardProps) {
  const { t, i18n } = useTranslation();
  const localize = useLocalizedText();
  const f = useFormatters(areaUnit);
  const today = useClock().today();
  const park = parkName(site, i18n.language);
  const extra = renderExtra?.(site);
  const total = siteTotalPriceLabel(site, t, f);
  return (
    <article className={`site-card site-card--${site.kind}`}>
      <p className="site-card__kind">
        {t(`kind.${site.kind}`)}
        {site.status === 'reserved' && <span className="site-card__badge">{t('card.reserved')}</span>}
        {isNewlyListed(site.listed_since, today) && site.listed_since && (
          <span
            className="site-card__badge site-card__badge--new"
            title={t('card.newTitle', { date: f.date(site.listed_since) })}
          >
            {t('card.new')}
            <span className="visually-hidden">
              : {t('card.newTitle', { date: f.date(site.listed_since) })}
            </span>
          </span>
        )}
        {extra}
      </p>
      <h2 className="site-card__name">
        <Link
          to="/sites/$collectionId/$featureId"
          params={{ collectionId: site.collectionId, featureId: site.featureId }}
          search={true}
        >
          <Localized value={localize(site, 'name')} />
        </Link>
      </h2>
      <p className="site-card__place">
        {site.municipality}
        {park ? ` · ${park}` : ''}
      </p>
      <p className="site-card__facts">
        <span>{siteSizeLabel(site, t, f)}</span>
        <span>{sitePriceLabel(site, t, f)}</span>
        {total && <span className="site-card__total">{total}</span>}
      </p>
      {asked && <SearchedFactsList site={site} asked={asked} areaUnit={areaUnit} />}
    </article>
  );
});
