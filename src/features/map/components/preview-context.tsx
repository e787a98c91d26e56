import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ContextShapes, MotorwayShields, TownLabels } from '@/components/context-map-layers';
import { contextBasemapQueryOptions } from '@/lib/map/context-svg/load-basemap';
import { mercatorProjection } from '@/lib/map/context-svg/projection';

/**
 * From this zoom on the preview's view is a district or less: the Länder outlines alone no longer
 * say where it is (the region fills the screen at about 6.5 on a desktop), so it draws the
 * offline basemap's context too.
 */
export const PREVIEW_CONTEXT_MIN_ZOOM = 8;

/**
 * Motorways with their numbers, rail, water, district boundaries and the larger towns of the
 * offline basemap in the preview's view (`box` in world pixels at `scale`), as the exposé's
 * context map draws them. The files load when a view first needs them; until then, and if
 * they fail, the preview shows the outlines and the sites alone.
 */
export function PreviewContext({ box, scale }: { box: [number, number, number, number]; scale: number }) {
  const query = useQuery(contextBasemapQueryOptions(import.meta.env.BASE_URL));
  const proj = useMemo(() => mercatorProjection(box, scale), [box, scale]);
  if (!query.data) return null;
  return (
    <g className="map-preview__context" transform={`translate(${box[0]} ${box[1]})`}>
      <ContextShapes data={query.data} proj={proj} />
      <MotorwayShields data={query.data} proj={proj} clearCentre={false} />
      <TownLabels data={query.data} proj={proj} clearCentre={false} />
    </g>
  );
}
