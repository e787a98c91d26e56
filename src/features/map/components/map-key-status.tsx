import { useTranslation } from 'react-i18next';
import { MAP_KEY_HINT_ID } from '../hooks/use-map-keyboard';

/**
 * The map's keys as a short hint, shown while the canvas has keyboard focus (it also describes
 * the canvas), and the polite live region that announces each step (use-map-keyboard.ts).
 */
export function MapKeyStatus({ announcement }: { announcement: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p id={MAP_KEY_HINT_ID} className="site-map__keys">
        {t('map.keys.hint')}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
