import { streetsStyleUrl } from './map-sources';

/**
 * Run-time configuration from Vite environment variables (see README, "Configuration").
 * Unset `VITE_API_BASE_URL` means the built-in sample API answers (MSW in dev, static files in a build).
 */
export interface AppConfig {
  /** Landing page of an OGC API – Features server. */
  apiLandingUrl: string;
  /**
   * Whether the app starts the in-browser mock API before it renders: in `npm run dev` without
   * `VITE_API_BASE_URL`, or when `VITE_MOCK_API=on`. A build without either reads the sample
   * API from the static files in `dist/api/` (landing page `api/index.json`).
   */
  useMockApi: boolean;
  plotsCollectionId: string;
  /** Whether pages say the data is illustrative sample data (default: when the sample API serves). */
  showSampleDataNote: boolean;
  hallsCollectionId: string;
  /** A request to the API that takes longer fails as a timeout (`VITE_API_TIMEOUT_MS`, default 20 s). */
  apiTimeoutMs: number;
  /** An online vector style (OpenStreetMap-based) offered as a basemap (`VITE_STREETS_STYLE_URL`, see map-sources.ts). */
  streetsStyleUrl: string | null;
  /**
   * Aerial imagery: a WMS GetMap URL template with `{bbox-epsg-3857}` (`VITE_AERIAL_WMS_URL`),
   * e.g. a Land's open orthophoto service; offered as a basemap when set.
   */
  aerialWmsUrl: string | null;
  /** Credit shown for the aerial imagery (`VITE_AERIAL_ATTRIBUTION`). */
  aerialAttribution: string;
  /**
   * A self-hosted vector basemap: the http(s) URL (or a path on the app's host) of a PMTiles
   * archive in the Protomaps basemap schema (`VITE_BASEMAP_PMTILES_URL`, see
   * docs/self-hosted-basemap.md). The map starts on it.
   */
  basemapPmtilesUrl: string | null;
  /**
   * Whether a data worker fetches, parses and validates the sites (`VITE_DATA_WORKER=on`; off by
   * default: until the queries move into it too, handing the sites to the page costs more than it
   * saves at 10,000 and 100,000 sites, decision 0022).
   */
  dataWorker: boolean;
  /**
   * Whether the sites are read as column pages where the server offers them (decision 0024):
   * on unless `VITE_ITEM_ENCODING=geojson`; GeoJSON is read where they are not offered.
   */
  columnPages: boolean;
}

type Env = Partial<Record<string, string | boolean | undefined>>;

export function readAppConfig(env: Env, origin: string): AppConfig {
  const str = (name: string) => {
    const v = env[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const base = typeof env.BASE_URL === 'string' ? env.BASE_URL : '/';
  const external = str('VITE_API_BASE_URL');
  const mockFlag = str('VITE_MOCK_API');
  // The dev server starts the in-browser mock; a build reads the static files in dist/api/.
  const useMockApi = mockFlag
    ? mockFlag === 'on' || mockFlag === 'true'
    : external === undefined && env.DEV === true;
  const sampleApi = useMockApi ? 'api' : 'api/index.json';
  return {
    apiLandingUrl: external ?? new URL(`${base.replace(/\/?$/, '/')}${sampleApi}`, origin).href,
    useMockApi,
    plotsCollectionId: str('VITE_PLOTS_COLLECTION') ?? 'plots',
    hallsCollectionId: str('VITE_HALLS_COLLECTION') ?? 'halls',
    apiTimeoutMs: /^\d{3,6}$/.test(str('VITE_API_TIMEOUT_MS') ?? '')
      ? Number(str('VITE_API_TIMEOUT_MS'))
      : 20_000,
    streetsStyleUrl: streetsStyleUrl(str('VITE_STREETS_STYLE_URL')),
    aerialWmsUrl: httpUrl(str('VITE_AERIAL_WMS_URL')),
    aerialAttribution: str('VITE_AERIAL_ATTRIBUTION') ?? 'Orthophotos',
    basemapPmtilesUrl: archiveUrl(str('VITE_BASEMAP_PMTILES_URL'), origin),
    dataWorker: str('VITE_DATA_WORKER') === 'on',
    columnPages: str('VITE_ITEM_ENCODING') !== 'geojson',
    showSampleDataNote: str('VITE_SAMPLE_DATA_NOTE')
      ? str('VITE_SAMPLE_DATA_NOTE') === 'on'
      : external === undefined,
  };
}

/** An http(s) URL, or null (a typo must not become a request to somewhere odd). */
function httpUrl(v: string | undefined): string | null {
  return v && /^https?:\/\//i.test(v) ? v : null;
}

/** An http(s) URL, or a path on the app's own host (`/basemap/region.pmtiles`) made absolute. */
function archiveUrl(v: string | undefined, origin: string): string | null {
  return v?.startsWith('/') && !v.startsWith('//') ? new URL(v, origin).href : httpUrl(v);
}

export const appConfig: AppConfig = readAppConfig(
  import.meta.env as unknown as Env,
  typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
);
