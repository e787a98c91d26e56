import { useTranslation } from 'react-i18next';
import { MAX_SHARED_KEYS, type DecodedShortlistIds } from '@/features/share/shortlist-link';

/**
 * What a link's list of sites (`ids=…`) could not carry over: each item that is no site key, and
 * how many were left out beyond the limit. The shortlist and the comparison read the same lists.
 */
export function SharedIdsNotices({ decoded }: { decoded: DecodedShortlistIds | null }) {
  const { t } = useTranslation();
  if (!decoded) return null;
  return (
    <>
      {decoded.malformed.map((item) => (
        <p key={item} className="notice notice--warning">
          {t('shortlist.malformed', { item })}
        </p>
      ))}
      {decoded.leftOut > 0 && (
        <p className="notice notice--warning">
          {t('shortlist.leftOut', { count: decoded.leftOut, max: MAX_SHARED_KEYS })}
        </p>
      )}
    </>
  );
}
