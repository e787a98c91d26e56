import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function PageNotFound() {
  const { t } = useTranslation();
  return (
    <div className="page-not-found">
      <h1>{t('app.pageNotFound')}</h1>
      <Link to="/">{t('detail.back')}</Link>
    </div>
  );
}
