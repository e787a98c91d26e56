import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageSearchParams } from './decoded-search';

/** "Übersicht" in the header: from the search it keeps the current filters. */
export function OverviewNavLink() {
  const { t } = useTranslation();
  const search = usePageSearchParams() ?? {};
  return (
    <Link to="/overview" search={search}>
      {t('overview.nav')}
    </Link>
  );
}
