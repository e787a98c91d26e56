import { useTranslation } from 'react-i18next';
import type { ContextState } from '@/lib/context/use-context-items';
import { useFormatters } from '@/lib/i18n/format';

/**
 * What went wrong loading news, projects or events: a collection that failed (with "Erneut
 * versuchen"), or one whose paging stopped early, whose items read so far are shown.
 */
export function ContextLoadNotices({ context }: { context: Pick<ContextState, 'errors' | 'incomplete'> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <>
      {context.errors.map((e) => (
        <p key={e.collectionId} role="alert" className="notice notice--error">
          {t('context.loadError', { collection: e.collectionId, reason: e.error.message })}{' '}
          <button type="button" onClick={e.retry}>
            {t('load.retry')}
          </button>
        </p>
      ))}
      {context.incomplete.map((c) => (
        <p key={c.collectionId} role="status" className="notice notice--warning">
          {t('context.incomplete', {
            collection: c.collectionId,
            reason: t(`failure.${c.reason}`),
            count: c.loaded,
            formatted: f.number(c.loaded),
          })}
        </p>
      ))}
    </>
  );
}
