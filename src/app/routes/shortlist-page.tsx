import { Link, useLocation } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrors } from '@/components/load-errors';
import { SitesMap } from '@/features/expose/components/sites-map';
import { ExportMenu } from '@/features/export/components/export-menu';
import { CopyLinkButton } from '@/features/share/components/copy-link-button';
import { decodeShortlistIds, shortlistLink } from '@/features/share/shortlist-link';
import { shareableViewUrl } from '@/features/share/view-url';
import { ShortlistEntries } from '@/features/shortlist/components/shortlist-entries';
import {
  useShortlistActions,
  useShortlistKeys,
  useShortlistNotes,
} from '@/features/shortlist/shortlist-store';
import { appBaseUrl } from '@/lib/app-url';
import { useFormatters } from '@/lib/i18n/format';
import { useSites } from '@/lib/sites/use-sites';
import { MAX_COMPARE, useCompareSelection } from '../compare-selection';
import { noteColumn } from '../shortlist-export';
import { resolveShortlist } from '../shortlist-entries';
import { SharedIdsNotices } from './shared-ids-notices';
import { CompareLink, PrintLink } from './shortlist-links';
import '@/styles/shortlist.css';

/**
 * `/shortlist`: the user's own shortlist (notes, reorder, remove, compare, print, export, share),
 * or with `?ids=…` a shared one, read-only, with compare and "add all to my shortlist".
 */
export function ShortlistPage() {
  const searchStr = useLocation({ select: (l) => l.searchStr });
  // A new list (own ↔ shared) starts with a fresh choice to compare and no confirmation.
  return <ShortlistView key={searchStr} searchStr={searchStr} />;
}

function ShortlistView({ searchStr }: { searchStr: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const shared = useMemo(() => decodeShortlistIds(searchStr), [searchStr]);
  const ownKeys = useShortlistKeys();
  const notes = useShortlistNotes();
  const { sitesAdded } = useShortlistActions();
  const sitesState = useSites();
  const keys = shared ? shared.keys : ownKeys;
  const entries = useMemo(() => resolveShortlist(keys, sitesState), [keys, sitesState]);
  const sites = entries.flatMap((e) => (e.site ? [e.site] : []));
  const { selection, chosen } = useCompareSelection(sites);
  const choosing = !shared || sites.length > MAX_COMPARE;
  const [added, setAdded] = useState<number | null>(null);
  const addAll = () => {
    const listed = sites.filter((s) => s.status !== 'withdrawn').map((s) => s.key);
    sitesAdded(listed);
    setAdded(listed.length);
  };
  const numbered = entries.flatMap((e, i) => (e.site ? [{ ...e.site, number: i + 1 }] : []));

  return (
    <div className="shortlist-page">
      <h1>{shared ? t('shortlist.sharedTitle') : t('shortlist.title')}</h1>
      <LoadErrors collections={sitesState.collections} />
      {shared && <p>{t('shortlist.sharedIntro')}</p>}
      <SharedIdsNotices decoded={shared} />
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
            <CompareLink keys={chosen} sharedKeys={shared ? shared.keys : null} />
            {shared ? (
              <button type="button" onClick={addAll} disabled={sitesState.isPending}>
                {t('shortlist.addAll')}
              </button>
            ) : null}
            <PrintLink sharedKeys={shared ? shared.keys : null} />
            <CopyLinkButton
              {...(shared ? {} : { label: t('share.copyShortlist') })}
              getUrl={() =>
                shared ? shareableViewUrl(window.location.href) : shortlistLink(ownKeys, appBaseUrl())
              }
            />
            <ExportMenu
              sites={sites}
              fileBase="shortlist"
              loading={sitesState.isPending}
              extraColumns={shared ? undefined : noteColumn(notes)}
            />
          </div>
          {shared && sites.length > MAX_COMPARE && (
            <p className="shortlist-page__hint">{t('shortlist.compareChoose')}</p>
          )}
          <div role="status">
            {added !== null && (
              <p className="notice">
                {t('shortlist.addedAll', { count: added })}{' '}
                <Link to="/shortlist">{t('shortlist.toOwnList')}</Link>
              </p>
            )}
          </div>
          <div className="shortlist-page__content">
            <ShortlistEntries
              entries={entries}
              editable={!shared}
              selection={choosing ? selection : undefined}
            />
            <SitesMap sites={numbered} label={t('shortlist.mapLabel', { count: numbered.length })} />
          </div>
        </>
      )}
    </div>
  );
}
