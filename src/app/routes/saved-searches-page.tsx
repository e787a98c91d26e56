import { useTranslation } from 'react-i18next';
import { BackupActions, type ShortlistAccess } from '@/features/saved-searches/components/backup-actions';
import { SavedSearchList } from '@/features/saved-searches/components/saved-search-list';
import { SavedSearchesStorageNotice } from '@/features/saved-searches/components/saved-searches-storage-notice';
import { useSavedSearches } from '@/features/saved-searches/saved-searches-store';
import { shortlistStore } from '@/features/shortlist/shortlist-store';
import { useSavedSearchChanges } from '../saved-search-changes';
import { useSavedSearchSummaries } from '../saved-search-summaries';
import '@/styles/saved-searches.css';

/** The backup carries the shortlist and its notes too; import merges them (both notes kept). */
const shortlistAccess: ShortlistAccess = {
  read: () => {
    const { keys, notes } = shortlistStore.getState();
    return { keys, notes };
  },
  imported: (part) => shortlistStore.getState().entriesImported(part),
};

/** `/searches`: the saved searches, what changed in each, and the backup file. */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  const changesOf = useSavedSearchChanges(searches);
  const summaryOf = useSavedSearchSummaries(searches);
  return (
    <div className="saved-searches-page">
      <h1>{t('searches.title')}</h1>
      <p>{t('searches.intro')}</p>
      <SavedSearchesStorageNotice />
      <SavedSearchList changesOf={changesOf} summaryOf={summaryOf} />
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('searches.backup.title')}</h2>
        <p>{t('searches.backup.intro')}</p>
        <BackupActions shortlist={shortlistAccess} />
      </section>
    </div>
  );
}
