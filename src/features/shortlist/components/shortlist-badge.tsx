import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useShortlistCount, useShortlistTabSync } from '../shortlist-store';
import '@/styles/shortlist.css';

/** The header link to the shortlist with its count; keeps the count in step across tabs. */
export function ShortlistBadge() {
  const { t } = useTranslation();
  const count = useShortlistCount();
  useShortlistTabSync();
  return (
    <Link
      to="/shortlist"
      className="shortlist-badge"
      aria-label={t('shortlist.badgeLabel', { count })}
      data-count={count}
    >
      <span aria-hidden="true">★ </span>
      <span className="shortlist-badge__label">{t('shortlist.badge', { count })}</span>
      {/* On a phone the header has room for the count alone (responsive.css). */}
      <span className="shortlist-badge__count" aria-hidden="true">
        {count}
      </span>
    </Link>
  );
}
