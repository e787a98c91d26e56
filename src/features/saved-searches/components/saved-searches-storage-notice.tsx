import { StorageNotices } from '@/components/storage-notices';
import { useSavedSearchActions, useSavedSearchesStorage } from '../saved-searches-store';

/** Says what happened to the stored searches (see `lib/storage/storage-status.ts`). */
export function SavedSearchesStorageNotice() {
  const status = useSavedSearchesStorage();
  const { storageNoticesDismissed } = useSavedSearchActions();
  return <StorageNotices what="searches" status={status} onDismiss={storageNoticesDismissed} />;
}
