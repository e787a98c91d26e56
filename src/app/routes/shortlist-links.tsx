import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SiteKey } from '@/contract/site-key';
import { encodeShortlistIds } from '@/features/share/shortlist-link';

/**
 * "Vergleichen (n)" for 2 to 6 chosen sites, else how to get there. From a shared list the link
 * carries that list as `list`, so the comparison leads back to it, not to the own list.
 */
export function CompareLink({
  keys,
  sharedKeys,
}: {
  keys: readonly SiteKey[];
  sharedKeys: readonly SiteKey[] | null;
}) {
  const { t } = useTranslation();
  if (keys.length < 2) return <span className="shortlist-page__hint">{t('shortlist.compareHint')}</span>;
  const ids = encodeShortlistIds(keys);
  return (
    <Link
      to="/compare"
      search={sharedKeys ? { ids, list: encodeShortlistIds(sharedKeys) } : { ids }}
      className="button-link"
    >
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
