import { StorageNotices } from '@/components/storage-notices';
import { useShortlistActions, useShortlistStorage } from '../shortlist-store';

/** Says what happened to the stored shortlist (see `lib/storage/storage-status.ts`). */
export function ShortlistStorageNotice() {
  const status = useShortlistStorage();
  const { storageNoticesDismissed } = useShortlistActions();
  return <StorageNotices what="shortlist" status={status} onDismiss={storageNoticesDismissed} />;
}
