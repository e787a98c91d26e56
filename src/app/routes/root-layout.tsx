import { Link, Outlet, useLocation } from '@tanstack/react-router';
import { useDeferredValue, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayPreferences } from '@/components/display-preferences';
import { SampleDataNote } from '@/components/sample-data-note';
import { appConfig } from '@/config/app-config';
import { SavedSearchesLink } from '@/features/saved-searches/components/saved-searches-link';
import { SavedSearchesStorageNotice } from '@/features/saved-searches/components/saved-searches-storage-notice';
import { ShortlistBadge } from '@/features/shortlist/components/shortlist-badge';
import { ShortlistStorageNotice } from '@/features/shortlist/components/shortlist-storage-notice';
import { AppMenu } from '../app-menu';
import { MapSkipLink } from '../map-skip-link';
import { OverviewNavLink } from '../overview-nav-link';
import { usePageHeading } from '../use-page-heading';
import { useLanguageSync } from '@/lib/i18n/use-language-sync';

/** Header, sample-data note and the page. */
export function RootLayout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useLanguageSync();
  const onSearch = useLocation({ select: (l) => l.pathname === '/' });
  const onSearchesPage = useLocation({ select: (l) => l.pathname === '/searches' });
  const mapShown = useLocation({ select: (l) => (l.search as { view?: string }).view !== 'list' });
  usePageHeading(mainRef);
  // The page mounts in a deferred, time-sliced render after the header: its first render would
  // otherwise be one long task, made synchronous by the router's store.
  const pageMounted = useDeferredValue(true, false);
  return (
    <div className="app">
      {/* The result list where there is one, else the page's content (no dangling target). */}
      <a className="skip-link" href={onSearch ? '#results' : '#main'}>
        {onSearch ? t('app.skipToResults') : t('comfort.skipToContent')}
      </a>
      {onSearch && mapShown && <MapSkipLink />}
      <header className="app__header">
        <Link to="/" className="app__brand">
          {t('app.title')}
        </Link>
        <span className="app__tagline">{t('app.tagline')}</span>
        <ShortlistBadge />
        <AppMenu>
          <nav className="app-nav" aria-label={t('context.nav.label')}>
            <Link to="/" activeOptions={{ exact: true, includeSearch: false }}>
              {t('context.nav.map')}
            </Link>
            <OverviewNavLink />
            <Link to="/news">{t('context.nav.news')}</Link>
            <Link to="/projects">{t('context.nav.projects')}</Link>
            <Link to="/events">{t('context.nav.events')}</Link>
            <SavedSearchesLink />
          </nav>
          <DisplayPreferences />
        </AppMenu>
      </header>
      {appConfig.showSampleDataNote && <SampleDataNote />}
      <main className="app__main" id="main" tabIndex={-1} ref={mainRef}>
        <ShortlistStorageNotice />
        {!onSearchesPage && <SavedSearchesStorageNotice />}
        {pageMounted && <Outlet />}
      </main>
    </div>
  );
}
