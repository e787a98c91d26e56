import { useQuery } from '@tanstack/react-query';
import { ContextShapes, MotorwayShields, TownLabels } from '@/components/context-map-layers';
import { contextBasemapQueryOptions } from '@/lib/map/context-svg/load-basemap';
import type { PlacedBox } from '@/lib/map/context-svg/layer-paths';
import type { LocalProjection } from '@/lib/map/context-svg/projection';

/**
 * From this zoom on the preview's view is a part of the region (a corridor such as the A9's
 * between Dessau and Leipzig on a laptop, ~7.8): the Länder outlines alone no longer say where it
 * is, so it draws the offline basemap's context too. The whole region fills the map at about 6.5
 * on a 1440 px wide screen and about 7 on a 1920 × 1080 one, which load nothing more.
 */
export const PREVIEW_CONTEXT_MIN_ZOOM = 7.5;

/**
 * Motorways with their numbers, rail, water, district boundaries and the larger towns of the
 * offline basemap in the preview's view (`proj`), clear of the sites and clusters (`avoid`), as
 * the exposé's context map draws them. The files load when a view first needs them; until then,
 * and if they fail, the preview shows the outlines and the sites alone.
 */
export function PreviewContext({ proj, avoid }: { proj: LocalProjection; avoid: readonly PlacedBox[] }) {
  const query = useQuery(contextBasemapQueryOptions(import.meta.env.BASE_URL));
  if (!query.data) return null;
  return (
    <g className="map-preview__context">
      <ContextShapes data={query.data} proj={proj} />
      <MotorwayShields data={query.data} proj={proj} clearCentre={false} avoid={avoid} />
      <TownLabels data={query.data} proj={proj} clearCentre={false} avoid={avoid} />
    </g>
  );
}
