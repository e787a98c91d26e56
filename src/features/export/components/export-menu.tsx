import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appBaseUrl } from '@/lib/app-url';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { toSiteArray, type SiteSequence } from '@/lib/sites/site-sequence';
import { sitesToCsvBlob } from '../csv-export';
import { DIALECTS, type CsvDialect } from '../csv-writer';
import { CSV_TYPE, downloadFile, GEOJSON_TYPE } from '../download-file';
import type { ExtraColumns } from '../extra-columns';
import { sitesToGeoJson } from '../geojson-export';
import '@/styles/shortlist.css';

type Progress = { done: number; total: number } | null;

/**
 * "Exportieren": CSV in the chosen dialect or GeoJSON of the given sites, as
 * `{fileBase}-YYYY-MM-DD.csv|geojson`. The CSV is written in ~25 ms slices with a progress bar,
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
  fileBase: string;
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

  const exportCsv = async () => {
    if (running.current) return;
    running.current = true;
    const file = `${fileBase}-${today}.csv`;
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
  const exportGeoJson = () => {
    const file = `${fileBase}-${today}.geojson`;
    const sites = toSiteArray(sequence);
    downloadFile([JSON.stringify(sitesToGeoJson(sites, appBaseUrl()))], file, GEOJSON_TYPE);
    setMessage(t('export.done', { count: sites.length, formatted: f.number(sites.length), file }));
  };

  return (
    <details className="export-menu">
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
            </button>{' '}
            <button type="button" onClick={exportGeoJson} disabled={progress !== null}>
              {t('export.geojson')}
            </button>
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
