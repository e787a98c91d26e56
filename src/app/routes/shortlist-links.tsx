import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SiteKey } from '@/contract/site-key';
import { encodeShortlistIds } from '@/features/share/shortlist-link';

/** "Vergleichen (n)" for 2 to 6 chosen sites, else how to get there. */
export function CompareLink({ keys }: { keys: readonly SiteKey[] }) {
  const { t } = useTranslation();
  if (keys.length < 2) return <span className="shortlist-page__hint">{t('shortlist.compareHint')}</span>;
  return (
    <Link to="/compare" search={{ ids: encodeShortlistIds(keys) }} className="button-link">
      {t('shortlist.compare')} ({keys.length})
    </Link>
  );
}

/** "Merkliste drucken": the print view of the own list, or of the shared one (`ids`). */
export function PrintLink({ sharedKeys }: { sharedKeys: readonly SiteKey[] | null }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/shortlist/print"
      search={sharedKeys ? { ids: encodeShortlistIds(sharedKeys) } : {}}
      className="button-link"
    >
      {t('shortlist.print')}
    </Link>
  );
}
