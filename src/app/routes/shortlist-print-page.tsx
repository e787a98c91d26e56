import { Link, useLocation } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrors } from '@/components/load-errors';
import { SiteProfile } from '@/features/context/components/site-profile';
import { ExposeSheet } from '@/features/expose/components/expose-sheet';
import { PrintButton } from '@/features/expose/components/print-button';
import { SitesMap } from '@/features/expose/components/sites-map';
import { decodeShortlistIds, encodeShortlistIds } from '@/features/share/shortlist-link';
import { ShortlistSummaryTable } from '@/features/shortlist/components/shortlist-summary-table';
import { useShortlistKeys, useShortlistNotes } from '@/features/shortlist/shortlist-store';
import { SiteDetail } from '@/features/site-detail/components/site-detail';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { useSites } from '@/lib/sites/use-sites';
import { resolveShortlist } from '../shortlist-entries';
import '@/styles/print.css';
import '@/styles/shortlist.css';

const siteUrl = (site: Site) =>
  new URL(
    `${import.meta.env.BASE_URL}sites/${encodeURIComponent(site.collectionId)}/${encodeURIComponent(site.featureId)}`,
    window.location.origin,
  ).href;

/** One site's exposé in the printed shortlist: the site page's print, with the note. */
function SiteExpose({ site, number, note }: { site: Site; number: number; note: string | undefined }) {
  const { t } = useTranslation();
  const url = siteUrl(site);
  return (
    <section className="shortlist-print__site" aria-label={`${t('shortlist.number')} ${number}`}>
      <p className="shortlist-print__number">
        {t('shortlist.number')} {number}
      </p>
      <SiteDetail site={site} siteUrl={url} />
      {note && (
        <div className="shortlist-print__note">
          <h2>{t('shortlist.note')}</h2>
          <p>{note}</p>
        </div>
      )}
      <ExposeSheet site={site} siteUrl={url} />
      <SiteProfile site={site} />
    </section>
  );
}

/**
 * `/shortlist/print` (or with `?ids=…` a shared list): the shortlist to print or save as PDF,
 * a summary table with the overview map, then one exposé per site in the list's order, each
 * starting on a new page (print.css). Notes only for the own list: they are private.
 */
export function ShortlistPrintPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const today = useClock().today();
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const shared = useMemo(() => decodeShortlistIds(searchStr), [searchStr]);
  const ownKeys = useShortlistKeys();
  const ownNotes = useShortlistNotes();
  const notes = shared ? {} : ownNotes;
  const sitesState = useSites();
  const keys = shared ? shared.keys : ownKeys;
  const entries = useMemo(() => resolveShortlist(keys, sitesState), [keys, sitesState]);
  const numbered = entries.flatMap((e, i) => (e.site ? [{ ...e.site, number: i + 1 }] : []));
  return (
    <div className="shortlist-print">
      <div className="shortlist-print__bar no-print">
        <Link to="/shortlist" search={shared ? { ids: encodeShortlistIds(shared.keys) } : {}}>
          ← {t('shortlist.printBack')}
        </Link>
        <PrintButton />
        <p>{t('shortlist.printIntro')}</p>
      </div>
      <section className="shortlist-print__summary">
        <h1>{t('shortlist.printTitle')}</h1>
        <p>
          {t('shortlist.count', { count: keys.length, formatted: f.number(keys.length) })} ·{' '}
          {t('shortlist.printedAt', { date: f.date(today) })}
        </p>
        <LoadErrors collections={sitesState.collections} />
        {sitesState.isPending ? (
          <p>{t('search.loading')}</p>
        ) : keys.length === 0 ? (
          <p>{t('shortlist.empty')}</p>
        ) : (
          <>
            <ShortlistSummaryTable entries={entries} notes={notes} />
            <SitesMap sites={numbered} label={t('shortlist.mapLabel', { count: numbered.length })} />
          </>
        )}
      </section>
      {!sitesState.isPending &&
        numbered.map((site) => (
          <SiteExpose key={site.key} site={site} number={site.number} note={notes[site.key]} />
        ))}
    </div>
  );
}
