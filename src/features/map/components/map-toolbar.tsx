import { useTranslation } from 'react-i18next';
import { useNarrowScreen } from '@/lib/use-narrow-screen';
import type { DrawMode } from '@/lib/map/draw/use-draw-area';

interface MapToolbarProps {
  onFit: () => void;
  canFit: boolean;
  searchAsMove: boolean;
  onSearchAsMove: (on: boolean) => void;
  drawMode: DrawMode | null;
  onDrawMode: (mode: DrawMode | null) => void;
  hasArea: boolean;
  onRemoveArea: () => void;
}

/**
 * Map actions as buttons (keyboard-operable, labelled): fit to the results, search as the map
 * moves, draw, edit or remove a search area. Each has a list equivalent (README, "Map").
 */
export function MapToolbar(p: MapToolbarProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const toolbar = <Tools {...p} />;
  // On a phone the tools would cover the map: they fold into a menu, closed at first.
  if (!narrow || p.drawMode !== null) return toolbar;
  return (
    <details className="map-toolbar-menu">
      <summary>{t('mapTools.menu')}</summary>
      {toolbar}
    </details>
  );
}

function Tools(p: MapToolbarProps) {
  const { t } = useTranslation();
  const { drawMode } = p;
  const drawing = drawMode !== null;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('mapTools.toolbar')}>
      <button type="button" onClick={p.onFit} disabled={!p.canFit}>
        {t('mapTools.fit')}
      </button>
      <label className="map-toolbar__check">
        <input
          type="checkbox"
          checked={p.searchAsMove}
          onChange={(e) => p.onSearchAsMove(e.target.checked)}
        />
        {t('mapTools.searchAsMove')}
      </label>
      {!drawing && (
        <>
          <button type="button" onClick={() => p.onDrawMode('polygon')}>
            {p.hasArea ? t('mapTools.redrawPolygon') : t('mapTools.drawPolygon')}
          </button>
          <button type="button" onClick={() => p.onDrawMode('rectangle')}>
            {t('mapTools.drawRectangle')}
          </button>
        </>
      )}
      {!drawing && p.hasArea && (
        <>
          <button type="button" onClick={() => p.onDrawMode('edit')}>
            {t('mapTools.editArea')}
          </button>
          <button type="button" onClick={p.onRemoveArea}>
            {t('mapTools.removeArea')}
          </button>
        </>
      )}
      {drawing && (
        <>
          <p className="map-toolbar__hint" role="status">
            {t(`mapTools.hint_${drawMode}`)}
          </p>
          <button type="button" onClick={() => p.onDrawMode(null)}>
            {drawMode === 'edit' ? t('mapTools.done') : t('mapTools.cancel')}
          </button>
        </>
      )}
    </div>
  );
}
