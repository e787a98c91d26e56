import { useTranslation } from 'react-i18next';
import type { CollectionState } from '@/lib/sites/use-sites';

/** One alert per failed collection: what failed, why, and a retry. */
export function LoadErrors({ collections }: { collections: CollectionState[] }) {
  const { t } = useTranslation();
  return collections
    .filter((c) => c.error)
    .map((c) => (
      <div key={c.source.collectionId} className="notice notice--error" role="alert">
        <p>
          <strong>{t('load.error', { what: t(`load.collection_${c.source.kind}`) })}</strong>{' '}
          <span className="notice__detail">{c.error?.message}</span>
        </p>
        <button type="button" onClick={c.retry}>
          {t('load.retry')}
        </button>
      </div>
    ));
}
