import { useBlocker } from '@tanstack/react-router';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { useNarrowScreen } from '@/lib/use-narrow-screen';

interface FilterDrawerProps {
  activeCount: number;
  /**
   * The active filters in a line ("Art: Flächen · Fläche ab: 10 ha"), shown under the button on a
   * phone: a link's filters are in view without opening the sheet ('' without filters).
   */
  summary?: string;
  /** The number of results now, for "n Ergebnisse anzeigen". */
  resultCount: number;
  children: ReactNode;
}

/**
 * On a phone (≤ 760 px) the filters fold away behind one button that says how many are active
 * and open as a full-screen sheet (a modal dialog) that ends in "n Ergebnisse anzeigen"; Escape,
 * the close button and the browser's Back close it. Wider screens always show them (the button
 * is hidden there by CSS). On a phone the filters are built when first opened, not with the
 * page (less work before the first results); once built they stay, so a section opened or a
 * value typed is still there next time.
 */
export function FilterDrawer({ activeCount, summary = '', resultCount, children }: FilterDrawerProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const narrow = useNarrowScreen();
  // Shown on a wide screen once: kept when the window then narrows.
  if (!narrow && !opened) setOpened(true);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const sheet = narrow && open;
  const closeSheet = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  useSheetKeys(sheet, closeSheet, close);
  return (
    <div className="filter-drawer" data-open={open}>
      <button
        ref={toggle}
        type="button"
        className="filter-drawer__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={summary ? `${id}-summary` : undefined}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        {activeCount > 0
          ? t('comfort.filtersToggleCount', { formatted: f.number(activeCount) })
          : t('comfort.filtersToggle')}
      </button>
      {summary && (
        <p id={`${id}-summary`} className="filter-drawer__summary">
          {summary}
        </p>
      )}
      <div
        id={id}
        className="filter-drawer__body"
        {...(sheet ? { role: 'dialog', 'aria-modal': true, 'aria-labelledby': `${id}-title` } : {})}
      >
        <div className="filter-drawer__head">
          <h2 id={`${id}-title`}>{t('sheet.filtersTitle')}</h2>
          <button ref={close} type="button" className="filter-drawer__close" onClick={closeSheet}>
            {t('comfort.filtersClose')}
          </button>
        </div>
        {narrow && !opened ? null : children}
        <div className="filter-drawer__foot">
          <button type="button" className="filter-drawer__show" onClick={closeSheet}>
            {t('sheet.showResults', { count: resultCount, formatted: f.number(resultCount) })}
          </button>
        </div>
      </div>
    </div>
  );
}

/** While the sheet is open: focus in it, Escape and the browser's Back close it. */
function useSheetKeys(open: boolean, onClose: () => void, focus: RefObject<HTMLElement | null>) {
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    if (!open) return;
    focus.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, focus]);
  useBlocker({
    shouldBlockFn: ({ action }) => {
      if (action !== 'BACK') return false;
      closeRef.current();
      return true;
    },
    enableBeforeUnload: false,
    disabled: !open,
  });
}
