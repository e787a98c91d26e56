import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StorageNotice, StorageStatus } from '@/lib/storage/storage-status';

type What = 'shortlist' | 'searches';

function noticeText(t: TFunction, what: What, notice: StorageNotice): string {
  switch (notice.kind) {
    case 'dropped':
      return t(`storage.${what}.dropped`, { entries: notice.entries.map((e) => `„${e}“`).join(', ') });
    case 'damaged':
      return notice.keptAs
        ? t(`storage.${what}.damaged`, { key: notice.keptAs })
        : t(`storage.${what}.damagedKept`);
    case 'newer':
      return t(`storage.${what}.newer`);
    case 'write-failed':
      return t(`storage.${what}.writeFailed`);
    case 'unavailable':
      return t(`storage.${what}.unavailable`);
  }
}

/**
 * What happened to a stored list (an entry dropped, a newer app's data kept, a write that
 * failed), said once until dismissed. `role="alert"`: it matters for what the user does next.
 */
export function StorageNotices({
  what,
  status,
  onDismiss,
}: {
  what: What;
  status: StorageStatus;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (status.notices.length === 0) return null;
  return (
    <div className="notice notice--warning storage-notice" role="alert">
      {status.notices.map((notice) => (
        <p key={notice.kind}>{noticeText(t, what, notice)}</p>
      ))}
      <button type="button" onClick={onDismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
