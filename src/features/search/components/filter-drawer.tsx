import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { useNarrowScreen } from '@/lib/use-narrow-screen';

/**
 * On a phone (≤ 760 px) the filters fold away behind one button that says how many are active;
 * wider screens always show them (the button is hidden there by CSS). On a phone the filters are
 * built when first opened, not with the page (less work before the first results);
 * once built they stay, so a section opened or a value typed is still there next time.
 */
export function FilterDrawer({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const narrow = useNarrowScreen();
  // Shown on a wide screen once: kept when the window then narrows.
  if (!narrow && !opened) setOpened(true);
  const id = useId();
  return (
    <div className="filter-drawer" data-open={open}>
      <button
        type="button"
        className="filter-drawer__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        {activeCount > 0
          ? t('comfort.filtersToggleCount', { formatted: f.number(activeCount) })
          : t('comfort.filtersToggle')}
      </button>
      <div id={id} className="filter-drawer__body">
        {narrow && !opened ? null : children}
        <button type="button" className="filter-drawer__close" onClick={() => setOpen(false)}>
          {t('comfort.filtersClose')}
        </button>
      </div>
    </div>
  );
}
