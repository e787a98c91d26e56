import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SampleDataNote } from '@/components/sample-data-note';
import { appConfig } from '@/config/app-config';
import { ShortlistBadge } from '@/features/shortlist/components/shortlist-badge';
import { ShortlistStorageNotice } from '@/features/shortlist/components/shortlist-storage-notice';
import { ShortlistCardAction } from '../shortlist-card-action';

/** Header, sample-data note and the page. */
export function RootLayout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#results">
        {t('app.skipToResults')}
      </a>
      <header className="app__header">
        <Link to="/" className="app__brand">
          {t('app.title')}
        </Link>
        <span className="app__tagline">{t('app.tagline')}</span>
        <ShortlistBadge />
      </header>
      {appConfig.showSampleDataNote && <SampleDataNote />}
      <ShortlistStorageNotice />
      <main className="app__main">
        <ShortlistCardAction>
          <Outlet />
        </ShortlistCardAction>
      </main>
    </div>
  );
}
