import { CONTEXT_COLORS } from '@/lib/map/basemap/context-layers';
import '@/styles/context-map-layers.css';
import type { ContextBasemap } from '@/lib/map/context-svg/load-basemap';
import {
  featuresOfKind,
  geometryLines,
  kindPath,
  labelCandidates,
  placeLabels,
  type PlacedBox,
} from '@/lib/map/context-svg/layer-paths';
import type { LocalProjection } from '@/lib/map/context-svg/projection';
import { townLabelBox, townLabels } from '@/lib/map/context-svg/towns';

/** Water, districts, rail and motorways of the offline basemap, drawn in the projection. */
export function ContextShapes({ data, proj }: { data: ContextBasemap; proj: LocalProjection }) {
  const { water, districts, rail, motorways } = data.layers;
  const roads = kindPath(motorways, 'motorway', proj);
  return (
    <g className="context-map__shapes">
      <path d={kindPath(water, 'lake', proj)} className="context-map__lake" />
      <path d={kindPath(water, 'river', proj)} className="context-map__river" stroke={CONTEXT_COLORS.river} />
      <path
        d={kindPath(districts, 'boundary', proj)}
        className="context-map__district"
        stroke={CONTEXT_COLORS.district}
      />
      <path d={kindPath(rail, 'rail', proj)} className="context-map__rail" stroke={CONTEXT_COLORS.rail} />
      <path d={kindPath(rail, 'rail', proj)} className="context-map__rail-dash" />
      <path d={roads} className="context-map__motorway-casing" stroke={CONTEXT_COLORS.motorwayCasing} />
      <path d={roads} className="context-map__motorway" stroke={CONTEXT_COLORS.motorway} />
    </g>
  );
}

/** What the label layers draw from and in. */
interface LabelLayerProps {
  data: ContextBasemap;
  proj: LocalProjection;
  /** Leave the centre free of town names (the exposé's site marker). */
  clearCentre?: boolean;
  /** What the map draws over the labels (numbered markers, site clusters): kept clear of. */
  avoid?: readonly PlacedBox[];
}

/**
 * Motorway numbers in a blue shield, one per motorway, where it runs through the inner map, clear
 * of each other and of the town names `TownLabels` writes with the same `clearCentre`.
 */
export function MotorwayShields({ data, proj, clearCentre = true, avoid = [] }: LabelLayerProps) {
  const candidates = featuresOfKind(data.layers.motorways, 'motorway', proj.bounds).flatMap((f) => {
    const ref = String(f.properties?.ref ?? '');
    const at = geometryLines(f.geometry).flatMap((line) => labelCandidates(line, proj));
    return ref && at.length > 0
      ? [{ ref, candidates: at, halfWidth: shieldWidth(ref) / 2, halfHeight: 9 }]
      : [];
  });
  // Where two motorways cross, or a town's name lies on one, the shield moves along its line.
  const towns = townLabels(data.towns, proj, { clearCentre, avoid }).map(townLabelBox);
  const shields = placeLabels(candidates, { taken: [...avoid, ...towns] });
  return (
    <g className="context-map__shields">
      {shields.map(({ ref, at: [x, y] }) => (
        <g key={ref} transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}>
          <rect x={-shieldWidth(ref) / 2} y="-9" width={shieldWidth(ref)} height="18" rx="3" />
          <text y="5">{ref}</text>
        </g>
      ))}
    </g>
  );
}

/** A shield's width: its number and 4 px either side. */
const shieldWidth = (ref: string) => 8 + ref.length * 9;

/** The gazetteer's larger towns inside the map: a dot and the name beside it. */
export function TownLabels({ data, proj, clearCentre = true, avoid = [] }: LabelLayerProps) {
  return (
    <g className="context-map__towns">
      {townLabels(data.towns, proj, { clearCentre, avoid }).map((town) => (
        <g
          key={town.name}
          className={town.major ? 'context-map__town context-map__town--major' : 'context-map__town'}
        >
          <circle cx={town.x} cy={town.y} r={town.major ? 4 : 3} />
          <text x={town.x + 7} y={town.y + 4} textAnchor={town.side} dx={town.side === 'end' ? -14 : 0}>
            {town.name}
          </text>
        </g>
      ))}
    </g>
  );
}
