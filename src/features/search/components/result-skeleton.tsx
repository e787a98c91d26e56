import { useTranslation } from 'react-i18next';
import '@/styles/skeleton.css';

/** Grey placeholder cards while the sites load, so the list does not jump when they arrive. */
export function ResultSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="result-skeleton" aria-busy="true">
      <span className="visually-hidden">{t('comfort.loadingList')}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton skeleton--card" aria-hidden="true">
          <div className="skeleton__line skeleton__line--short" />
          <div className="skeleton__line" />
          <div className="skeleton__line skeleton__line--mid" />
        </div>
      ))}
    </div>
  );
}
