import { useTranslation } from 'react-i18next';

/** Legend of the site layers; colours match src/lib/map/site-layers.ts. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <ul className="map-legend" aria-label={t('map.legend')}>
      <li>
        <span className="map-legend__swatch map-legend__swatch--plot" aria-hidden="true" />
        {t('map.legendPlots')}
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--hall" aria-hidden="true" />
        {t('map.legendHalls')}
      </li>
    </ul>
  );
}
