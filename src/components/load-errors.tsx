import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useFormatters } from '@/lib/i18n/format';
import type { Catalogue } from '@/lib/i18n/locales/de';
import type { CollectionState } from '@/lib/sites/use-sites';

/** What went wrong, in words: the i18n key below `failure.` for an error. */
export function failureKey(error: Error): `failure.${keyof Catalogue['failure']}` {
  if (!(error instanceof ApiError)) return 'failure.unknown';
  if (error.kind === 'http') {
    if (error.status === 404) return 'failure.notFound';
    if (error.status === 503 || error.status === 429) return 'failure.unavailable';
    return error.status !== null && error.status >= 500 ? 'failure.server' : 'failure.refused';
  }
  return `failure.${error.kind}`;
}

/** A link as a detail: a `data:` link can be megabytes long. */
const shortened = (url: string) => (url.length > 80 ? `${url.slice(0, 79)}…` : url);

/**
 * One alert per failed collection (what failed, why in words, the technical detail and a
 * retry), a note while automatic retries run, and notes for empty or partly loaded collections.
 */
export function LoadErrors({ collections }: { collections: CollectionState[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const what = (c: CollectionState) => t(`load.collection_${c.source.kind}`);
  return collections.map((c) => {
    const key = c.source.collectionId;
    if (c.error) {
      return (
        <div key={key} className="notice notice--error" role="alert">
          <p>
            <strong>{t('load.error', { what: what(c) })}</strong> {t(failureKey(c.error))}{' '}
            <span className="notice__detail">{c.error.message}</span>
          </p>
          <button type="button" onClick={c.retry}>
            {t('load.retry')}
          </button>
        </div>
      );
    }
    if (c.retrying) {
      return (
        <p key={key} className="notice notice--warning">
          {t('failure.retrying', { what: what(c) })} {t(failureKey(c.retrying))}
        </p>
      );
    }
    if (c.incomplete?.reason === 'next-refused') {
      const { loaded, url } = c.incomplete;
      return (
        <p key={key} className="notice notice--warning">
          {t(`failure.stopped_${c.source.kind}`, { count: loaded, formatted: f.number(loaded) })}{' '}
          <span className="notice__detail">{shortened(url)}</span>
        </p>
      );
    }
    if (c.incomplete) {
      return (
        <p key={key} className="notice notice--warning">
          {t(`failure.incomplete_${c.source.kind}`)}
        </p>
      );
    }
    if (c.isEmpty) {
      return (
        <p key={key} className="notice">
          {t(`failure.empty_${c.source.kind}`)}
        </p>
      );
    }
    return null;
  });
}
