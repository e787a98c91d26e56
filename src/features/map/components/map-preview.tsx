import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '@/components/localized';
import { useFormatters } from '@/lib/i18n/format';
import { focusMapWhenLive, registerPreviewFocus } from '@/lib/map/keyboard/map-focus';
import { CLUSTER_OFFSET, clusterRadius } from '@/lib/map/cluster/cluster-marks';
import type { MapSiteSet } from '@/lib/map/cluster/map-site-set';
import { projectLat, projectLon } from '@/lib/map/cluster/map-site-set';
import { siteBoundsOf } from '@/lib/map/camera';
import { type LocalProjection, mercatorProjection } from '@/lib/map/context-svg/projection';
import { previewView, type PreviewView, startFocus } from '@/lib/map/preview-view';
import type { Viewport } from '@/lib/map/viewport-hash';
import outline from '@/lib/map/region-outline.json';
import { SITE_COLORS } from '@/lib/map/site-colors';
import type { Site } from '@/lib/sites/site';
import '@/styles/map-preview.css';
import { PREVIEW_CONTEXT_MIN_ZOOM, PreviewContext } from './preview-context';
import { outlinePath } from './preview-paths';
import { PreviewSelected } from './preview-selected';

/** The live map's colours (site-colors.ts), size and side-by-side offset of its clusters (cluster-marks.ts). */
const FILL = { plot: SITE_COLORS.plotFill, hall: SITE_COLORS.hallFill } as const;
const OFFSET = { plot: CLUSTER_OFFSET.plot[0], hall: CLUSTER_OFFSET.hall[0] } as const;
/** A single site's dot. */
const SITE_R = 6;
const STATES = outline as { code: string; rings: [number, number][][] }[];
/**
 * Outline paths in world pixels at zoom 10, built once on first use (not while the app's script
 * loads); each view scales them (no per-render path text).
 */
const PATH_SCALE = 512 * 2 ** 10;
let paths: { code: string; d: string }[] | undefined;
const outlinePaths = () =>
  (paths ??= STATES.map((s) => ({
    code: s.code,
    d: s.rings
      .map(
        (r) =>
          `M${r.map(([lon, lat]) => `${(projectLon(lon) * PATH_SCALE).toFixed(1)},${(projectLat(lat) * PATH_SCALE).toFixed(1)}`).join('L')}Z`,
      )
      .join(''),
  })));

interface MapPreviewProps {
  set: MapSiteSet;
  ids: Uint32Array;
  /** Pixels at the bottom covered by the result sheet (phone): the view fits the results above it. */
  bottomInset?: number;
  /** The site a site page (or `sel=`) shows: the preview looks at it, as the live map will. */
  selected?: Site | null;
  /** The viewport a link opened at (`#map=`): the preview shows it, as the live map will. */
  viewport?: Viewport | null;
  /** Starts the live map. */
  onStart: () => void;
}

/**
 * The map area before the live map starts (use-map-activation.ts): the Länder outlines (and,
 * zoomed in to a district or less, the offline basemap's motorways, rail, water and towns) and
 * the results' clusters as they will first appear, drawn as a plain SVG, with "Karte laden". It
 * looks where the live map will (preview-view.ts `startFocus`): a link's viewport, the selected
 * site, or the results.
 */
export function MapPreview({
  set,
  ids,
  bottomInset = 0,
  selected = null,
  viewport = null,
  onStart,
}: MapPreviewProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const localize = useLocalizedText();
  const ref = useRef<HTMLElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  // The size comes from a ResizeObserver (reported after layout, without forcing one); until it
  // reports (and where there is none, as in jsdom) a typical map box.
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (width > 0 && height > 0) setSize({ width: Math.round(width), height: Math.round(height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // "Zur Karte springen" lands on "Karte laden" until the live map runs.
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => registerPreviewFocus(() => startRef.current?.focus()), []);
  const view = useMemo(() => {
    const focus = startFocus(set, ids, { viewport, selected: selected && siteBoundsOf(selected) });
    return previewView(set, ids, { ...size, bottomInset }, focus);
  }, [set, ids, size, bottomInset, selected, viewport]);
  const { scale, box } = view;
  // Everything is drawn in the view's own pixels (the Länder outlines moved there from world pixels).
  const proj = useMemo(() => mercatorProjection(box, scale), [box, scale]);
  const marks = useMemo(() => view.clusters.points.features.map((f) => markOf(f, proj)), [view, proj]);
  const count = ids.length;
  return (
    <section ref={ref} className="site-map site-map--preview" aria-label={t('map.label')}>
      <svg
        className="map-preview__svg"
        viewBox={`0 0 ${box[2]} ${box[3]}`}
        role="img"
        aria-label={
          selected && !viewport
            ? t('map.previewSelected', { name: localize(selected, 'name').text })
            : t('map.previewLabel', { count, formatted: f.number(count) })
        }
      >
        <g transform={`translate(${-box[0]} ${-box[1]}) scale(${scale / PATH_SCALE})`}>
          {outlinePaths().map((p) => (
            <path key={p.code} d={p.d} className="map-preview__state" />
          ))}
        </g>
        {/* No town name or motorway number under a site or a cluster (`marks`). */}
        {view.zoom >= PREVIEW_CONTEXT_MIN_ZOOM && <PreviewContext proj={proj} avoid={marks} />}
        {/* Plot outlines (zoomed in), then clusters, single sites (never hidden by a cluster), every count. */}
        {view.clusters.areas.features.map((feature) =>
          // The selected plot's outline is drawn in the selection colour below, not twice.
          feature.properties.key === selected?.key ? null : (
            <path
              key={feature.properties.id}
              d={outlinePath(feature.geometry, proj)}
              className="map-preview__area"
            />
          ),
        )}
        {clustersFirst(marks).map(({ feature: { properties: p }, at: [x, y], halfWidth: r }) => (
          <circle
            key={p.id}
            cx={x}
            cy={y}
            r={r}
            fill={FILL[p.kind]}
            className={p.cluster ? 'map-preview__cluster' : 'map-preview__site'}
          />
        ))}
        {marks.map(({ feature: { properties: p }, at: [x, y] }) =>
          p.cluster ? (
            <text key={`${p.id}-count`} x={x} y={y} className="map-preview__count">
              {p.label}
            </text>
          ) : null,
        )}
        {selected && <PreviewSelected site={selected} zoom={view.zoom} proj={proj} />}
      </svg>
      <div className="map-preview__start">
        <button
          type="button"
          ref={startRef}
          onClick={() => {
            // The live map replaces this button: the focus goes on to its canvas.
            focusMapWhenLive();
            onStart();
          }}
        >
          {t('map.start')}
        </button>
      </div>
    </section>
  );
}

type PointFeature = PreviewView['clusters']['points']['features'][number];

/** Where a site's dot or a cluster is drawn in the view (a cluster beside the other kind's) and its radius. */
function markOf(feature: PointFeature, proj: LocalProjection) {
  const p = feature.properties;
  const [x, y] = proj.project(feature.geometry.coordinates as [number, number]);
  const r = p.cluster ? clusterRadius(p.count) : SITE_R;
  return {
    feature,
    at: [x + (p.cluster ? OFFSET[p.kind] : 0), y] as [number, number],
    halfWidth: r,
    halfHeight: r,
  };
}

const clustersFirst = <M extends { feature: { properties: { cluster: boolean } } }>(marks: M[]): M[] => [
  ...marks.filter((m) => m.feature.properties.cluster),
  ...marks.filter((m) => !m.feature.properties.cluster),
];
