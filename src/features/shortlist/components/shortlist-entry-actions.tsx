import { useTranslation } from 'react-i18next';
import type { SiteKey } from '@/contract/site-key';
import { useShortlistActions } from '../shortlist-store';

/** The sites picked for comparison and how to change them. */
export interface CompareSelection {
  picked: ReadonlySet<SiteKey>;
  toggle(key: SiteKey): void;
  /** No more can be picked: the unpicked checkboxes are disabled. */
  full: boolean;
}

interface Props {
  siteKey: SiteKey;
  name: string;
  position: { index: number; count: number };
  editable: boolean;
  selection?: CompareSelection | undefined;
}

/** An entry's checkbox for comparison (when offered) and, on the own list, move and remove. */
export function EntryActions({ siteKey: key, name, position: { index, count }, editable, selection }: Props) {
  const { t } = useTranslation();
  const { siteRemoved, siteMoved } = useShortlistActions();
  if (!editable && !selection) return null;
  const picked = selection?.picked.has(key) ?? false;
  return (
    <div className="shortlist-entry__actions">
      {selection && (
        <label className="shortlist-entry__compare">
          <input
            type="checkbox"
            checked={picked}
            disabled={!picked && selection.full}
            onChange={() => selection.toggle(key)}
          />
          <span className="visually-hidden">{t('shortlist.selectForCompare', { name })}</span>
          <span aria-hidden="true">{t('shortlist.compare')}</span>
        </label>
      )}
      {editable && (
        <>
          <button
            type="button"
            onClick={() => siteMoved(key, -1)}
            disabled={index === 0}
            aria-label={t('shortlist.moveUp', { name })}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => siteMoved(key, 1)}
            disabled={index === count - 1}
            aria-label={t('shortlist.moveDown', { name })}
          >
            ↓
          </button>
          <button type="button" onClick={() => siteRemoved(key)}>
            {t('shortlist.removeButton')}
            <span className="visually-hidden">: {t('shortlist.removeLabel', { name })}</span>
          </button>
        </>
      )}
    </div>
  );
}
