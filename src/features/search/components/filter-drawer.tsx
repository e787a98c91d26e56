import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';

/**
 * On a phone (≤ 760 px) the filters fold away behind one button that says how many are active;
 * wider screens always show them (the button is hidden there by CSS).
 */
export function FilterDrawer({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="filter-drawer" data-open={open}>
      <button
        type="button"
        className="filter-drawer__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {activeCount > 0
          ? t('comfort.filtersToggleCount', { formatted: f.number(activeCount) })
          : t('comfort.filtersToggle')}
      </button>
      <div id={id} className="filter-drawer__body">
        {children}
        <button type="button" className="filter-drawer__close" onClick={() => setOpen(false)}>
          {t('comfort.filtersClose')}
        </button>
      </div>
    </div>
  );
}
