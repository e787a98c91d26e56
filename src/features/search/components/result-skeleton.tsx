import { useTranslation } from 'react-i18next';
import '@/styles/skeleton.css';

/**
 * Grey placeholder cards while the sites load, so the list does not jump when they arrive.
 * Each card is one element whose three lines are drawn by its background, and the whole block
 * pulses by opacity, which the compositor animates without repainting (a shimmer
 * of background positions repainted every frame of the load, and each line was a node to
 * create and remove).
 */
export function ResultSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="result-skeleton" aria-busy="true">
      <span className="visually-hidden">{t('comfort.loadingList')}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton--card" aria-hidden="true" />
      ))}
    </div>
  );
}
