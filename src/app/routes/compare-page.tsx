import { Link, useLocation } from '@tanstack/react-router';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrors } from '@/components/load-errors';
import { CompareTable } from '@/features/compare/components/compare-table';
import { decodeShortlistIds, encodeShortlistIds } from '@/features/share/shortlist-link';
import { useShortlistKeys, useShortlistNotes } from '@/features/shortlist/shortlist-store';
import { useSites } from '@/lib/sites/use-sites';
import { resolveShortlist } from '../shortlist-entries';
import { MAX_COMPARE } from '../compare-selection';
import { SharedIdsNotices } from './shared-ids-notices';

/**
 * `/compare?ids=…` (without ids: the first six of the shortlist), side by side. `list=…`: the
 * shared list the comparison was opened from, where "back" leads (else the own list).
 */
export function ComparePage() {
  const { t } = useTranslation();
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const fromUrl = useMemo(() => decodeShortlistIds(searchStr), [searchStr]);
  const sharedList = useMemo(() => decodeShortlistIds(searchStr, 'list'), [searchStr]);
  const ownKeys = useShortlistKeys();
  // Private notes exist only for the own list's sites: a shared list's others show none.
  const notes = useShortlistNotes();
  const sitesState = useSites();
  const keys = fromUrl ? fromUrl.keys : ownKeys;
  const entries = useMemo(() => resolveShortlist(keys, sitesState), [keys, sitesState]);
  const sites = entries.flatMap((e) => (e.site ? [e.site] : []));
  const shown = sites.slice(0, MAX_COMPARE);
  const unknown = entries.filter((e) => e.unknown);
  return (
    <div className="compare-page" style={{ '--compare-sites': shown.length } as CSSProperties}>
      <Link
        to="/shortlist"
        search={sharedList ? { ids: encodeShortlistIds(sharedList.keys) } : {}}
        className="compare-page__back"
      >
        ← {sharedList ? t('compare.backShared') : t('compare.back')}
      </Link>
      <h1>{t('compare.title')}</h1>
      <LoadErrors collections={sitesState.collections} />
      <SharedIdsNotices decoded={fromUrl} />
      {unknown.map((e) => (
        <p key={e.key} className="notice notice--warning">
          {t('shortlist.unknown', { key: e.key })}
        </p>
      ))}
      {sitesState.isPending ? (
        <p>{t('search.loading')}</p>
      ) : shown.length < 2 ? (
        <p>{t('compare.tooFew')}</p>
      ) : (
        <>
          {sites.length > MAX_COMPARE && <p className="notice">{t('compare.tooMany')}</p>}
          <CompareTable sites={shown} notes={notes} />
        </>
      )}
    </div>
  );
}
