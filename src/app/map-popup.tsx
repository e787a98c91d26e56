import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { siteSizeLabel, sitePriceLabel } from '@/features/search/site-summary';
import { ShortlistToggle } from '@/features/shortlist/components/shortlist-toggle';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';

/** The popup of a site picked on the map: key facts, the detail link, the shortlist toggle. */
export function MapPopup({ site }: { site: Site }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="map-popup__body" data-site-key={site.key}>
      <p className="map-popup__kind">{t(`kind.${site.kind}`)}</p>
      <p className="map-popup__name">{site.name}</p>
      <p className="map-popup__place">
        {site.municipality}
        {site.park ? ` · ${site.park}` : ''}
      </p>
      <p className="map-popup__facts">
        {siteSizeLabel(site, t, f)} · {sitePriceLabel(site, t, f)}
      </p>
      <p className="map-popup__actions">
        <Link
          to="/sites/$collectionId/$featureId"
          params={{ collectionId: site.collectionId, featureId: site.featureId }}
          search={(prev) => ({ ...prev, sel: undefined })}
        >
          {t('mapTools.popupDetails')}
        </Link>
        <ShortlistToggle siteKey={site.key} name={site.name} />
      </p>
    </div>
  );
}
