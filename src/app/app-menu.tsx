import { useLocation } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The header's navigation, language and unit. Wide screens show them in the header line; on a
 * phone or tablet (styles in responsive.css) they fold behind "Menü", which closes again on
 * Escape, on a click outside and when the page changes.
 */
export function AppMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const pathname = useLocation({ select: (l) => l.pathname });
  // Open on the page where it was opened: another page finds it closed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean | ((o: boolean) => boolean)) =>
    setOpenOn((next instanceof Function ? next(open) : next) ? pathname : null);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpenOn(null);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpenOn(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="app-menu" data-open={open} ref={ref}>
      <button
        ref={toggle}
        type="button"
        className="app-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('app.menuLabel')}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {t('app.menu')}
      </button>
      <div className="app-menu__body" id={id}>
        {children}
      </div>
    </div>
  );
}
