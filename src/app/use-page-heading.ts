import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's `<h1>` drives two things:
 * - the document title, `<h1> – Standortfinder Mitteldeutschland`, kept in step as the heading
 *   changes (a site's name arrives with its data; the language switches);
 * - focus: after a move to another path (not on the first load, not on a filter change, which
 *   only changes the query) focus goes to the new page's `<h1>`, so a screen reader announces it
 *   and Tab continues from the top of the new page. `preventScroll` keeps a restored scroll position.
 */
export function usePageHeading(mainRef: RefObject<HTMLElement | null>): void {
  const { t, i18n } = useTranslation();
  const pathname = useLocation({ select: (l) => l.pathname });
  const suffix = t('comfort.titleSuffix');
  const firstPath = useRef(pathname);
  const pendingFocus = useRef(false);
  // The heading shown before the move: the old page may still be on screen for a moment.
  const before = useRef<{ el: Element | null; text: string }>({ el: null, text: '' });

  useEffect(() => {
    if (pathname !== firstPath.current) pendingFocus.current = true;
    firstPath.current = '';
  }, [pathname]);

  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    const sync = () => {
      const h1 = main.querySelector('h1');
      const text = h1?.textContent?.trim() ?? '';
      const title = text && text !== suffix ? `${text} – ${suffix}` : suffix;
      if (document.title !== title) document.title = title;
      const isNew = h1 !== before.current.el || text !== before.current.text;
      if (!pendingFocus.current) before.current = { el: h1, text };
      else if (h1 instanceof HTMLElement && isNew) {
        pendingFocus.current = false;
        before.current = { el: h1, text };
        if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
        h1.focus({ preventScroll: true });
      }
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [mainRef, suffix, pathname, i18n.language]);
}
