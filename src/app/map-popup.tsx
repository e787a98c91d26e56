import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SearchedFactsList } from '@/features/search/components/searched-facts-list';
import type { SearchedFor } from '@/features/search/searched-facts';
import { siteSizeLabel, sitePriceLabel } from '@/features/search/site-summary';
import { ShortlistToggle } from '@/features/shortlist/components/shortlist-toggle';
import { Localized, useLocalizedText } from '@/components/localized';
import { useFormatters } from '@/lib/i18n/format';
import type { ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { parkName } from '@/lib/sites/park-name';
import type { Site } from '@/lib/sites/site';

/**
 * The popup of a site picked on the map: key facts, the values of what was searched (as on the
 * card, in the list's area unit), the detail link, the shortlist toggle.
 */
export function MapPopup({
  site,
  asked,
  areaUnit,
}: {
  site: Site;
  asked?: SearchedFor | undefined;
  areaUnit: ViewAreaUnit;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormatters(areaUnit);
  const localize = useLocalizedText();
  const name = localize(site, 'name');
  const park = parkName(site, i18n.language);
  return (
    <div className="map-popup__body" data-site-key={site.key}>
      <p className="map-popup__kind">{t(`kind.${site.kind}`)}</p>
      <p className="map-popup__name">
        <Localized value={name} />
      </p>
      <p className="map-popup__place">
        {site.municipality}
        {park ? ` · ${park}` : ''}
      </p>
      <p className="map-popup__facts">
        {siteSizeLabel(site, t, f)} · {sitePriceLabel(site, t, f)}
      </p>
      {asked && <SearchedFactsList site={site} asked={asked} areaUnit={areaUnit} />}
      <p className="map-popup__actions">
        <Link
          to="/sites/$collectionId/$featureId"
          params={{ collectionId: site.collectionId, featureId: site.featureId }}
          search={(prev) => ({ ...prev, sel: undefined })}
        >
          {t('mapTools.popupDetails')}
        </Link>
        <ShortlistToggle siteKey={site.key} name={name.text} />
      </p>
    </div>
  );
}
