import { downloadFile } from '@/lib/download-file';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import {
  BackupError,
  readBackup,
  shortlistCounts,
  writeBackup,
  type ImportReport,
  type ShortlistPart,
} from '../backup-file';
import { useSavedSearchActions, useSavedSearches } from '../saved-searches-store';
import '@/styles/saved-searches.css';

/** The shortlist as the app hands it over: read for the export, merged on import. */
export interface ShortlistAccess {
  read(): ShortlistPart;
  imported(part: ShortlistPart): void;
}

/** A file's text (FileReader: older browsers and jsdom lack `Blob.text`). */
const readText = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new BackupError('read'));
    reader.readAsText(file);
  });

type Outcome =
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'invalid'; file: string; reason: string };

/** "Exportieren (Datei)" and "Importieren": saved searches and the shortlist in one JSON file. */
export function BackupActions({ shortlist }: { shortlist: ShortlistAccess }) {
  const { t } = useTranslation();
  const today = useClock().today();
  const searches = useSavedSearches();
  const { searchesImported } = useSavedSearchActions();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();
  const exportFile = () => {
    const file = `${t('files.backup')}-${today}.json`;
    downloadFile(
      [writeBackup({ searches, shortlist: shortlist.read() }, new Date().toISOString())],
      file,
      'application/json',
    );
    setOutcome({ kind: 'exported', file });
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const read = readBackup(await readText(file));
      const counts = shortlistCounts(read.shortlistEntries, shortlist.read().keys);
      const added = searchesImported(read.searches);
      shortlist.imported(read.shortlist);
      const report = {
        searchesAdded: added.added,
        searchesMerged: added.merged,
        shortlistAdded: counts.added,
        shortlistMerged: counts.merged,
        skipped: read.skipped,
      };
      setOutcome({ kind: 'imported', report });
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      setOutcome({ kind: 'invalid', file: file.name, reason: error.message });
    }
  };
  return (
    <div className="backup-actions">
      <button type="button" onClick={exportFile}>
        {t('searches.backup.export')}
      </button>
      {/* The browser's own file button speaks the browser's language ("Choose File"): the input
          stays focusable but hidden, and its label is the button, in the page's language. */}
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void importFile(e)}
      />
      <label htmlFor={id} className="button">
        {t('searches.backup.importLabel')}
      </label>
      <div role="status">{outcome && outcome.kind !== 'invalid' && <OutcomeText outcome={outcome} />}</div>
      {outcome?.kind === 'invalid' && (
        <p className="notice notice--warning" role="alert">
          {t('searches.backup.invalid', { file: outcome.file, reason: outcome.reason })}
        </p>
      )}
    </div>
  );
}

function OutcomeText({ outcome }: { outcome: Exclude<Outcome, { kind: 'invalid' }> }) {
  const { t } = useTranslation();
  if (outcome.kind === 'exported') return <p>{t('searches.backup.exported', { file: outcome.file })}</p>;
  const { skipped, ...counts } = outcome.report;
  return (
    <>
      <p>{t('searches.backup.imported', { ...counts, skipped: skipped.length })}</p>
      {skipped.length > 0 && (
        <p>{t('searches.backup.skipped', { entries: skipped.map((s) => `„${s}“`).join(', ') })}</p>
      )}
    </>
  );
}
