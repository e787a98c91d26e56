import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * Says so while the browser is offline (TanStack Query's onlineManager). Loaded data stays in
 * the cache and usable; paused queries resume when the connection is back.
 */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  if (online) return null;
  return (
    <p className="notice notice--warning offline-notice" role="status" aria-live="polite">
      {t('offline.notice')}
    </p>
  );
}
