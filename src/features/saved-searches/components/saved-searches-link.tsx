import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSavedSearchCount, useSavedSearchesTabSync } from '../saved-searches-store';

/** "Gespeicherte Suchen (n)" in the header menu; keeps the count in step across tabs. */
export function SavedSearchesLink() {
  const { t } = useTranslation();
  const count = useSavedSearchCount();
  useSavedSearchesTabSync();
  return <Link to="/searches">{t('searches.menu', { count })}</Link>;
}
