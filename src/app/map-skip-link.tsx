import { useTranslation } from 'react-i18next';
import { focusMap } from '@/lib/map/keyboard/map-focus';

/**
 * "Zur Karte springen": focus on the live map's canvas, or on "Karte laden" while the preview
 * is shown (map-focus.ts). A link for what it is to assistive technology, but it moves focus
 * itself: following `#…` would replace the map's viewport in the URL fragment.
 */
export function MapSkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#map-area"
      onClick={(e) => {
        e.preventDefault();
        focusMap();
      }}
    >
      {t('app.skipToMap')}
    </a>
  );
}
