import '@/styles/map.css';
import { useTranslation } from 'react-i18next';
import { VIEWS, type ExplorerView } from '../layout-params';

/** List, map, or both side by side (`view=` in the URL); on a phone the toggle between them. */
export function ViewSwitch({ view, onView }: { view: ExplorerView; onView: (v: ExplorerView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
