import { Link, useLocation } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrors } from '@/components/load-errors';
import type { SiteKey } from '@/contract/site-key';
import { ExportMenu } from '@/features/export/components/export-menu';
import { CopyLinkButton } from '@/features/share/components/copy-link-button';
import { decodeShortlistIds, encodeShortlistIds, shortlistLink } from '@/features/share/shortlist-link';
import { shareableViewUrl } from '@/features/share/view-url';
import { ShortlistEntries } from '@/features/shortlist/components/shortlist-entries';
import { useShortlistActions, useShortlistKeys } from '@/features/shortlist/shortlist-store';
import { appBaseUrl } from '@/lib/app-url';
import { useFormatters } from '@/lib/i18n/format';
import { useSites } from '@/lib/sites/use-sites';
import { resolveShortlist } from '../shortlist-entries';
import '@/styles/shortlist.css';

export const MAX_COMPARE = 6;

/**
 * `/shortlist`: the user's own shortlist (remove, reorder, compare, export, share), or with
 * `?ids=…` a shared one, read-only, with "add all to my shortlist".
 */
export function ShortlistPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const shared = useMemo(() => decodeShortlistIds(searchStr), [searchStr]);
  const ownKeys = useShortlistKeys();
  const { sitesAdded } = useShortlistActions();
  const sitesState = useSites();
  const keys = shared ? shared.keys : ownKeys;
  const entries = useMemo(() => resolveShortlist(keys, sitesState), [keys, sitesState]);
  const sites = entries.flatMap((e) => (e.site ? [e.site] : []));
  const [picked, setPicked] = useState<ReadonlySet<SiteKey>>(new Set());
  const [added, setAdded] = useState<number | null>(null);
  const chosen = ownKeys.filter((k) => picked.has(k) && sites.some((s) => s.key === k));
  const compareKeys = chosen.length > 0 ? chosen : sites.slice(0, MAX_COMPARE).map((s) => s.key);
  const togglePicked = (key: SiteKey) =>
    setPicked((p) => {
      const next = new Set(p);
      if (next.has(key)) next.delete(key);
      else if (next.size < MAX_COMPARE) next.add(key);
      return next;
    });
  const addAll = () => {
    const listed = sites.filter((s) => s.status !== 'withdrawn').map((s) => s.key);
    sitesAdded(listed);
    setAdded(listed.length);
  };

  return (
    <div className="shortlist-page">
      <h1>{shared ? t('shortlist.sharedTitle') : t('shortlist.title')}</h1>
      <LoadErrors collections={sitesState.collections} />
      {shared && <p>{t('shortlist.sharedIntro')}</p>}
      {shared?.malformed.map((item) => (
        <p key={item} className="notice notice--warning">
          {t('shortlist.malformed', { item })}
        </p>
      ))}
      {keys.length === 0 ? (
        <p className="shortlist-page__empty">
          {t('shortlist.empty')} <Link to="/">{t('shortlist.toSearch')}</Link>
        </p>
      ) : (
        <>
          <p className="shortlist-page__count">
            {t('shortlist.count', { count: keys.length, formatted: f.number(keys.length) })}
          </p>
          <div className="shortlist-page__tools">
            {shared ? (
              <>
                <button type="button" onClick={addAll} disabled={sitesState.isPending}>
                  {t('shortlist.addAll')}
                </button>
                <CopyLinkButton getUrl={() => shareableViewUrl(window.location.href)} />
              </>
            ) : (
              <>
                {compareKeys.length >= 2 ? (
                  <Link
                    to="/compare"
                    search={{ ids: encodeShortlistIds(compareKeys) }}
                    className="button-link"
                  >
                    {t('shortlist.compare')} ({compareKeys.length})
                  </Link>
                ) : (
                  <span className="shortlist-page__hint">{t('shortlist.compareHint')}</span>
                )}
                <CopyLinkButton
                  label={t('share.copyShortlist')}
                  getUrl={() => shortlistLink(ownKeys, appBaseUrl())}
                />
              </>
            )}
            <ExportMenu sites={sites} fileBase="merkliste" loading={sitesState.isPending} />
          </div>
          {added !== null && (
            <p className="notice" aria-live="polite">
              {t('shortlist.addedAll', { count: added })}
            </p>
          )}
          <ShortlistEntries
            entries={entries}
            editable={!shared}
            selected={picked}
            onToggleSelected={togglePicked}
          />
        </>
      )}
    </div>
  );
}
