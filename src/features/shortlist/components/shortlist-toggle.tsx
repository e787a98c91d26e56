import { useTranslation } from 'react-i18next';
import type { SiteKey } from '@/contract/site-key';
import { useIsShortlisted, useShortlistActions, useShortlistStorage } from '../shortlist-store';
import '@/styles/shortlist.css';

/** Adds a site to the shortlist or removes it; `aria-pressed` tells which. */
export function ShortlistToggle({ siteKey, name }: { siteKey: SiteKey; name: string }) {
  const { t } = useTranslation();
  const saved = useIsShortlisted(siteKey);
  const { siteAdded, siteRemoved } = useShortlistActions();
  const persistence = useShortlistStorage().persistence;
  const unsaved = saved && persistence !== 'saved';
  return (
    <button
      type="button"
      className={`shortlist-toggle${saved ? ' shortlist-toggle--saved' : ''}`}
      aria-pressed={saved}
      onClick={() => (saved ? siteRemoved(siteKey) : siteAdded(siteKey))}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span> {t(saved ? 'shortlist.remove' : 'shortlist.add')}
      {unsaved && <span className="shortlist-toggle__unsaved"> ({t('storage.notSaved')})</span>}
      {/* The visible word starts the accessible name (WCAG 2.5.3), the site's name follows. */}
      <span className="visually-hidden">
        {': '}
        {t(saved ? 'shortlist.removeLabel' : 'shortlist.addLabel', { name })}
      </span>
    </button>
  );
}
