import { useTranslation } from 'react-i18next';
import '@/styles/skeleton.css';

/**
 * Grey placeholder cards while the sites load, so the list does not jump when they arrive.
 * Each card is one element whose three lines are drawn by its background (each line was a node
 * to create and remove). They do not move: any animation, even an opacity pulse the compositor
 * runs, draws frames for the whole load, time the load itself needs on a slow device.
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
