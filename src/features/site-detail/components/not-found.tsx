import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Shown for an unknown site key or an unknown path. */
export function SiteNotFound({ siteKey }: { siteKey: string }) {
  const { t } = useTranslation();
  return (
    <div className="site-detail">
      <h1 tabIndex={-1}>{t('detail.notFound')}</h1>
      <p>{t('detail.notFoundText', { key: siteKey })}</p>
      <Link to="/" search={true}>
        {t('detail.back')}
      </Link>
    </div>
  );
}
