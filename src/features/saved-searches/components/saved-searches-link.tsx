import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSavedSearchCount, useSavedSearchesTabSync } from '../saved-searches-store';
import '@/styles/saved-searches.css';

/**
 * "Gespeicherte Suchen (n)" in the header menu; keeps the count in step across tabs. In the
 * one-line header of a wide screen it reads "Suchen (n)" (its name stays the long one).
 */
export function SavedSearchesLink() {
  const { t } = useTranslation();
  const count = useSavedSearchCount();
  useSavedSearchesTabSync();
  const label = t('searches.menu', { count });
  return (
    <Link to="/searches" className="saved-searches-link" aria-label={label}>
      <span className="saved-searches-link__long">{label}</span>
      <span className="saved-searches-link__short" aria-hidden="true">
        {t('searches.menuShort', { count })}
      </span>
    </Link>
  );
}
