import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appBaseUrl } from '@/lib/app-url';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { toSiteArray, type SiteSequence } from '@/lib/sites/site-sequence';
import { sitesToCsvBlob } from '../csv-export';
import { DIALECTS, type CsvDialect } from '../csv-writer';
import { CSV_TYPE, downloadFile, GEOJSON_TYPE } from '@/lib/download-file';
import type { ExtraColumns } from '../extra-columns';
import { hallsToGeoJson, plotsToGeoJson } from '../geojson-export';
import '@/styles/shortlist.css';

type Progress = { done: number; total: number } | null;

/** One GeoJSON file per geometry type (docs/decisions/0020-csv-quoting-and-geojson-layers.md). */
const GEOJSON_LAYERS = {
  plot: { file: 'files.plots', label: 'export.geojsonPlots', write: plotsToGeoJson },
  hall: { file: 'files.halls', label: 'export.geojsonHalls', write: hallsToGeoJson },
} as const;
type Layer = keyof typeof GEOJSON_LAYERS;
const NO_KINDS: ReadonlySet<Layer> = new Set();

/** Which kinds the sequence holds (stops looking once it has seen both). */
function kindsIn(sequence: SiteSequence): ReadonlySet<Layer> {
  const kinds = new Set<Layer>();
  for (let i = 0; i < sequence.length && kinds.size < 2; i++) kinds.add(sequence.at(i)!.kind);
  return kinds;
}

/**
 * "Exportieren": CSV in the chosen dialect as `{fileBase}-YYYY-MM-DD.csv`, and GeoJSON as one file
 * per geometry type, `{fileBase}-flaechen-YYYY-MM-DD.geojson` (plots, MultiPolygons) and
 * `{fileBase}-hallen-YYYY-MM-DD.geojson` (halls, points), the names in the page's language
 * (`standorte-…`, `sites-plots-…`; catalogue `files`), each offered only when the selection
 * holds that kind. The CSV is written in ~25 ms slices with a progress bar,
 * so a 100,000-row export never freezes the page. While `loading`, the menu offers no download:
 * an export of half-arrived collections would silently miss rows. `extraColumns` go after the
 * fixed CSV header (the search page's distance and fit columns).
 */
export function ExportMenu({
  sites: sequence,
  fileBase,
  loading = false,
  extraColumns,
}: {
  sites: SiteSequence;
  /** What the file holds: the results or the shortlist (its name in the page's language). */
  fileBase: 'sites' | 'shortlist';
  loading?: boolean;
  extraColumns?: ExtraColumns;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const today = useClock().today();
  const [dialectId, setDialectId] = useState<CsvDialect['id']>(
    i18n.language === 'en' ? 'standard' : 'excel-de',
  );
  const [progress, setProgress] = useState<Progress>(null);
  const [message, setMessage] = useState('');
  const running = useRef(false);
  const name = useId();
  // Which GeoJSON files to offer is looked up only while the menu is open: the search page
  // renders the menu with every filter change, and at 100,000 results a closed menu scanning
  // them cost ~5 ms of each change (docs/performance.md "Filter change: what the list waits for").
  const [open, setOpen] = useState(false);
  const kinds = useMemo(() => (open ? kindsIn(sequence) : NO_KINDS), [open, sequence]);

  const exportCsv = async () => {
    if (running.current) return;
    running.current = true;
    const file = `${t(`files.${fileBase}`)}-${today}.csv`;
    try {
      const sites = toSiteArray(sequence);
      setProgress({ done: 0, total: sites.length });
      const blob = await sitesToCsvBlob(sites, DIALECTS[dialectId], appBaseUrl(), {
        extraColumns,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      downloadFile([blob], file, CSV_TYPE);
      setMessage(t('export.done', { count: sites.length, formatted: f.number(sites.length), file }));
    } finally {
      running.current = false;
      setProgress(null);
    }
  };
  const exportGeoJson = (layer: Layer) => {
    const file = `${t(`files.${fileBase}`)}-${t(GEOJSON_LAYERS[layer].file)}-${today}.geojson`;
    const geojson = GEOJSON_LAYERS[layer].write(toSiteArray(sequence), appBaseUrl());
    downloadFile([JSON.stringify(geojson)], file, GEOJSON_TYPE);
    const count = geojson.features.length;
    setMessage(t('export.done', { count, formatted: f.number(count), file }));
  };

  return (
    <details className="export-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('export.menu')}</summary>
      <div className="export-menu__body">
        {loading ? (
          <p>{t('export.loading')}</p>
        ) : sequence.length === 0 ? (
          <p>{t('export.nothing')}</p>
        ) : (
          <>
            <fieldset>
              <legend>{t('export.dialect')}</legend>
              {(['excel-de', 'standard'] as const).map((id) => (
                <label key={id}>
                  <input
                    type="radio"
                    name={name}
                    value={id}
                    checked={dialectId === id}
                    onChange={() => setDialectId(id)}
                  />{' '}
                  {t(id === 'excel-de' ? 'export.dialectExcel' : 'export.dialectStandard')}
                </label>
              ))}
            </fieldset>
            <button type="button" onClick={() => void exportCsv()} disabled={progress !== null}>
              {t('export.csv')}
            </button>
            {(['plot', 'hall'] as const)
              .filter((layer) => kinds.has(layer))
              .map((layer) => (
                <span key={layer}>
                  {' '}
                  <button type="button" onClick={() => exportGeoJson(layer)} disabled={progress !== null}>
                    {t(GEOJSON_LAYERS[layer].label)}
                  </button>
                </span>
              ))}
          </>
        )}
        {progress && (
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-label={t('export.progress', {
              done: f.number(progress.done),
              total: f.number(progress.total),
            })}
          />
        )}
        <p className="export-menu__message" aria-live="polite">
          {message}
        </p>
      </div>
    </details>
  );
}
