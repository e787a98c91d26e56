import { Outlet, useLocation, useNavigate, useParams } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidRecordsNotice } from '@/components/invalid-records-notice';
import { LoadErrors } from '@/components/load-errors';
import { SheetHandle } from '@/components/sheet-handle';
import { parseSiteKey, toSiteKey } from '@/contract/site-key';
import { searchKinds, useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { buildMapSiteSet } from '@/lib/map/cluster/map-site-set';
import type { RadiusSearch } from '@/lib/map/draw/use-radius-layer';
import { DEFAULT_RADIUS_KM } from '@/lib/search/search-param-table';
import type { ParamProblem } from '@/lib/search/search-params';
import { OVERLAY_IDS, type OverlayId } from '@/lib/map/overlays/overlay-layers';
import { activateMap, useMapActivation } from '@/lib/map/use-map-activation';
import { parseViewportHash } from '@/lib/map/viewport-hash';
import { useNarrowScreen } from '@/lib/use-narrow-screen';
import { MapLoadBoundary } from '@/features/map/components/map-load-boundary';
import { MapPreview } from '@/features/map/components/map-preview';
import { useSearchedFor } from '@/features/search/hooks/use-searched-for';
import { useDecodedSearch } from '../decoded-search';
import { ExplorerContext, type ExplorerData } from '../explorer-context';
import { useMapOverlays } from '../map-overlays';
import { MapPopup } from '../map-popup';
import { useSearchWriter } from '../use-search-writer';
import { useResultSheet } from '../use-result-sheet';
import { useUrlSiteSearch } from '../use-url-site-search';
import { ViewSwitch } from './view-switch';

const loadSiteMap = () => import('@/features/map/components/site-map');
let SiteMap = lazy(loadSiteMap);
/** React caches a failed lazy import for good: a retry needs a fresh lazy component. */
const retrySiteMapImport = () => {
  SiteMap = lazy(loadSiteMap);
};

const NO_OVERLAYS = Object.fromEntries(OVERLAY_IDS.map((id) => [id, false])) as Record<OverlayId, boolean>;

/** Panel (search list or site detail) beside one map that stays mounted across both. */
export function ExplorerLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sitesState, params, problems, search } = useUrlSiteSearch();
  const { layout } = useDecodedSearch();
  const href = useLocation({ select: (l) => l.href });
  const hash = useLocation({ select: (l) => l.hash });
  const viewport = useMemo(() => parseViewportHash(hash), [hash]);
  const { results } = search;
  const asked = useSearchedFor(params, search);
  const areaUnit = useViewAreaUnit(searchKinds(params.kind));
  // The engine's index already holds positions and kinds as columns; the map adds its projection.
  const mapSet = useMemo(() => buildMapSiteSet(search.index.sites, search.index), [search.index]);

  const routeParams = useParams({ strict: false });
  const detailKey =
    routeParams.collectionId && routeParams.featureId
      ? toSiteKey(routeParams.collectionId, routeParams.featureId)
      : null;
  const selectedKey = detailKey ?? layout.sel ?? null;
  const selected = useMemo(() => {
    const i = selectedKey ? mapSet.indexOf.get(selectedKey) : undefined;
    return i === undefined ? null : mapSet.sites[i]!;
  }, [mapSet, selectedKey]);
  // A shared link's selection whose site is gone from the data is named, not silently dropped.
  const selMissing = !detailKey && !!layout.sel && !sitesState.isPending && !selected;
  const allProblems = useMemo<ParamProblem[]>(
    () => (selMissing ? [...problems, { param: 'sel', value: layout.sel!, reason: 'missing' }] : problems),
    [problems, selMissing, layout.sel],
  );

  const writer = useSearchWriter();
  const onSelect = useCallback(
    (key: string) => {
      const parsed = parseSiteKey(key);
      if (!parsed) return;
      // On a detail page a click opens the other site's detail; on the search view it selects.
      if (detailKey) void navigate({ to: '/sites/$collectionId/$featureId', params: parsed, search: true });
      else writer.layout({ sel: key });
    },
    [navigate, detailKey, writer],
  );
  const onViewportHash = useCallback(
    (hash: string) =>
      void navigate({
        to: '.',
        search: true,
        hash: hash.replace(/^#/u, ''),
        replace: true,
        resetScroll: false,
        hashScrollIntoView: false,
      }),
    [navigate],
  );
  const [overlaysOn, setOverlaysOn] = useState(NO_OVERLAYS);
  const overlays = useMapOverlays(overlaysOn, sitesState.sites);

  // One value per change: a render of this layout that changes none of it (the live sites held
  // back by useUrlSiteSearch's deferred value) re-renders no panel.
  const data = useMemo<ExplorerData>(
    () => ({
      sitesState,
      params,
      problems: allProblems,
      results,
      counts: { plots: search.result.plots, halls: search.result.halls },
      search,
      selectedKey,
    }),
    [sitesState, params, allProblems, results, search, selectedKey],
  );
  const view = layout.view ?? 'split';
  // On a phone the map fills the screen and the panel is a sheet over it (not in "Liste").
  const sheetOn = useNarrowScreen() && view !== 'list';
  const sheet = useResultSheet(sheetOn, view, detailKey);
  const viewSwitch = (
    <ViewSwitch view={view} onView={(v) => writer.layout({ view: v === 'split' ? undefined : v })} />
  );
  // The live map starts at the first interaction; until then (and while its chunk loads) a preview.
  const mapOn = useMapActivation();
  const preview = (
    <MapPreview
      set={mapSet}
      ids={search.result.ids}
      bottomInset={sheet.restingInset}
      selected={selected}
      viewport={viewport}
      onStart={activateMap}
    />
  );
  const nearLabel = search.nearPlace?.name ?? t('map.searchPoint');
  const radius = useMemo<RadiusSearch | null>(
    () =>
      search.nearPoint
        ? { center: search.nearPoint, km: params.radius_km ?? DEFAULT_RADIUS_KM, label: nearLabel }
        : null,
    [search.nearPoint, params.radius_km, nearLabel],
  );
  return (
    <ExplorerContext.Provider value={data}>
      <div className={`explorer explorer--${view}${sheetOn ? ' explorer--sheet' : ''}`} style={sheet.style}>
        {!sheetOn && viewSwitch}
        <div
          className="explorer__panel"
          hidden={view === 'map' && !sheetOn}
          data-snap={sheetOn ? sheet.snap : undefined}
          data-scroll-restoration-id="explorer-panel"
        >
          {sheetOn && (
            <>
              <SheetHandle
                snap={sheet.snap}
                onSnap={sheet.setSnap}
                onDrag={sheet.setDrag}
                heights={sheet.heights}
              />
              {viewSwitch}
            </>
          )}
          <LoadErrors collections={sitesState.collections} />
          <InvalidRecordsNotice invalid={sitesState.invalid} />
          <Outlet />
        </div>
        <div className="explorer__map" id="map-area" hidden={view === 'list'}>
          {mapOn ? (
            <MapLoadBoundary
              onRetry={retrySiteMapImport}
              fallback={(retry) => (
                <>
                  {preview}
                  <div className="notice notice--warning map-load-failed" role="alert">
                    {t('map.loadFailed')}{' '}
                    <button type="button" onClick={retry}>
                      {t('map.retry')}
                    </button>
                  </div>
                </>
              )}
            >
              <Suspense fallback={preview}>
                <SiteMap
                  set={mapSet}
                  ids={search.result.ids}
                  bottomInset={sheet.restingInset}
                  selected={selected}
                  showPopup={!detailKey}
                  renderPopup={(site) => <MapPopup site={site} asked={asked} areaUnit={areaUnit} />}
                  onSelect={onSelect}
                  onClearSelection={() => writer.layout({ sel: undefined })}
                  area={params.poly ?? null}
                  onArea={(ring) => writer.merge({ poly: ring ?? undefined })}
                  bbox={params.bbox ?? null}
                  onBbox={(bbox) => writer.merge({ bbox: bbox ?? undefined })}
                  overlaysOn={overlaysOn}
                  onOverlaysOn={setOverlaysOn}
                  overlays={overlays}
                  locationKey={href}
                  onViewportHash={onViewportHash}
                  radius={radius}
                  placeholder={preview}
                  hidden={view === 'list'}
                />
              </Suspense>
            </MapLoadBoundary>
          ) : (
            preview
          )}
        </div>
      </div>
    </ExplorerContext.Provider>
  );
}
