import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTEXT_COLORS, CONTEXT_GROUPS, type ContextGroup } from '@/lib/map/basemap/context-layers';
import { BASEMAP_IDS, type BasemapId } from '@/lib/map/basemap/use-basemap';
import type { ContextShown } from '@/lib/map/basemap/use-context-layers';
import { OVERLAY_COLORS, OVERLAY_IDS, type OverlayId } from '@/lib/map/overlays/overlay-layers';
import { SITE_COLORS } from '@/lib/map/site-colors';
import { useNarrowScreen } from '@/lib/use-narrow-screen';

export type SiteKindsShown = { plot: boolean; hall: boolean };

interface LayerPanelProps {
  kinds: SiteKindsShown;
  onKinds: (k: SiteKindsShown) => void;
  overlays: Record<OverlayId, boolean>;
  onOverlays: (o: Record<OverlayId, boolean>) => void;
  basemap: BasemapId;
  onBasemap: (b: BasemapId) => void;
  available: Record<BasemapId, boolean>;
  context: ContextShown;
  onContext: (c: ContextShown) => void;
}

const CONTEXT_SWATCH: Record<ContextGroup, string> = {
  motorways: CONTEXT_COLORS.motorway,
  rail: CONTEXT_COLORS.rail,
  water: CONTEXT_COLORS.river,
  districts: CONTEXT_COLORS.district,
};

/** Layers with their legend swatches, and the basemap choice. A disclosure, closed at first. */
/**
 * The map's layer choices. Memoised: a filter change re-renders the map beside the list, and the
 * panel's 26 inputs had React set their `name` and `type` again on every change (issue 22).
 */
export const LayerPanel = memo(function LayerPanel(p: LayerPanelProps) {
  const { t } = useTranslation();
  // On a phone the short title lets the panel sit beside the folded tools in one row.
  const narrow = useNarrowScreen();
  const swatch = (color: string, shape: 'dot' | 'area' | 'line' = 'dot') => (
    <span
      className={`layer-panel__swatch layer-panel__swatch--${shape}`}
      style={{ background: color }}
      aria-hidden="true"
    />
  );
  return (
    <details className="layer-panel">
      <summary>{narrow ? t('layers.titleShort') : t('layers.title')}</summary>
      <fieldset>
        <legend>{t('layers.sites')}</legend>
        {(['plot', 'hall'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={p.kinds[kind]}
              onChange={(e) => p.onKinds({ ...p.kinds, [kind]: e.target.checked })}
            />
            {swatch(kind === 'plot' ? SITE_COLORS.plotFill : SITE_COLORS.hall)}
            {t(`layers.${kind}`)}
          </label>
        ))}
        <p className="layer-panel__note">{t('layers.clusterNote')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('layers.context')}</legend>
        {OVERLAY_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={p.overlays[id]}
              onChange={(e) => p.onOverlays({ ...p.overlays, [id]: e.target.checked })}
            />
            {swatch(OVERLAY_COLORS[id], id === 'regions' ? 'area' : 'dot')}
            {t(`layers.${id}`)}
          </label>
        ))}
      </fieldset>
      {p.basemap === 'offline' && (
        <fieldset>
          <legend>{t('layers.mapContent')}</legend>
          {CONTEXT_GROUPS.map((group) => (
            <label key={group}>
              <input
                type="checkbox"
                checked={p.context[group]}
                onChange={(e) => p.onContext({ ...p.context, [group]: e.target.checked })}
              />
              {swatch(CONTEXT_SWATCH[group], 'line')}
              {t(`layers.context_${group}`)}
            </label>
          ))}
          <p className="layer-panel__note">{t('layers.mapContentNote')}</p>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('layers.basemap')}</legend>
        {/* The self-hosted basemap is offered only where a deployment has one. */}
        {BASEMAP_IDS.filter((id) => id !== 'selfHosted' || p.available[id]).map((id) => (
          <label key={id}>
            <input
              type="radio"
              name="basemap"
              value={id}
              checked={p.basemap === id}
              disabled={!p.available[id]}
              onChange={() => p.onBasemap(id)}
            />
            {t(`layers.basemap_${id}`)}
            {!p.available[id] && <span className="layer-panel__note"> {t('layers.notConfigured')}</span>}
          </label>
        ))}
      </fieldset>
    </details>
  );
});
