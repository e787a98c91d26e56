import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useShortlistCount, useShortlistStorage, useShortlistTabSync } from '../shortlist-store';
import '@/styles/shortlist.css';

/**
 * The header link to the shortlist with its count; keeps the count in step across tabs. A list
 * this browser did not store is marked "!" and named "nicht gespeichert".
 */
export function ShortlistBadge() {
  const { t } = useTranslation();
  const count = useShortlistCount();
  // Never claim a list is kept when it is not: an unsaved list is marked in text and name.
  const persistence = useShortlistStorage().persistence;
  const unsaved = count > 0 && persistence !== 'saved';
  useShortlistTabSync();
  const label = t('shortlist.badgeLabel', { count });
  return (
    <Link
      to="/shortlist"
      className="shortlist-badge"
      aria-label={unsaved ? `${label}, ${t('storage.notSaved')}` : label}
      data-count={count}
      data-unsaved={unsaved || undefined}
    >
      <span aria-hidden="true">★ </span>
      <span className="shortlist-badge__label">{t('shortlist.badge', { count })}</span>
      {/* On a phone the header has room for the count alone (responsive.css). */}
      <span className="shortlist-badge__count" aria-hidden="true">
        {count}
      </span>
      {unsaved && (
        <span className="shortlist-badge__unsaved" aria-hidden="true" title={t('storage.notSaved')}>
          !
        </span>
      )}
    </Link>
  );
}
