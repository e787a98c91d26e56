import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { decodeSearch, parseQueryString } from '@/lib/search/search-params';

/** "Übersicht" in the header: from the search it keeps the current filters. */
export function OverviewNavLink() {
  const { t } = useTranslation();
  const { pathname, searchStr } = useLocation();
  const fromSearch = pathname === '/' || pathname === '/overview' || pathname.startsWith('/sites/');
  const search = fromSearch ? decodeSearch(parseQueryString(searchStr)).params : {};
  return (
    <Link to="/overview" search={search}>
      {t('overview.nav')}
    </Link>
  );
}
