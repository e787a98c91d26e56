import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import type { SnapshotDiff } from '../result-snapshot';
import '@/styles/saved-searches.css';

/** "Neu seit letztem Öffnen" / "Geändert" on a result card of a saved search just opened. */
export function SavedSearchMark({ diff, siteKey }: { diff: SnapshotDiff; siteKey: string }) {
  const { t } = useTranslation();
  if (diff.fresh.has(siteKey)) return <span className="saved-search-mark">{t('searches.badgeNew')}</span>;
  if (diff.changed.has(siteKey))
    return <span className="saved-search-mark saved-search-mark--changed">{t('searches.badgeChanged')}</span>;
  return null;
}

/** "3 neu, 1 geändert seit 02.12.2026" in the result bar. */
export function OpenedSearchNote({ diff }: { diff: SnapshotDiff }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <p className="opened-search-note">
      {t('searches.changes', {
        fresh: diff.fresh.size,
        changed: diff.changed.size,
        date: f.date(diff.since),
      })}
    </p>
  );
}
