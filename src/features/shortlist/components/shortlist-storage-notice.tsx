import { useTranslation } from 'react-i18next';
import { useShortlistActions, useShortlistStorageProblem } from '../shortlist-store';

/** Says once that a damaged or foreign stored shortlist was reset. */
export function ShortlistStorageNotice() {
  const { t } = useTranslation();
  const problem = useShortlistStorageProblem();
  const { storageProblemDismissed } = useShortlistActions();
  if (!problem) return null;
  return (
    <div className="notice notice--warning shortlist-notice" role="alert">
      <span>{t('shortlist.storageProblem')}</span>{' '}
      <button type="button" onClick={storageProblemDismissed}>
        {t('shortlist.dismiss')}
      </button>
    </div>
  );
}
