import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import type { SiteKey } from '@/contract/site-key';
import { useFormatters } from '@/lib/i18n/format';
import { useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { Site } from '@/lib/sites/site';
import { useShortlistActions } from '../shortlist-store';

/** A shortlist entry: the site, or its key when the site is unknown (or still loading). */
export interface ShortlistEntry {
  key: SiteKey;
  site: Site | null;
  /** True once the site's collection has loaded without finding it. */
  unknown: boolean;
}

interface Props {
  entries: readonly ShortlistEntry[];
  /** Own list: remove, reorder and pick for comparison. Shared list: read-only. */
  editable: boolean;
  selected?: ReadonlySet<SiteKey>;
  onToggleSelected?: (key: SiteKey) => void;
}

/** The shortlist in order, with the user's actions. */
export function ShortlistEntries({ entries, editable, selected, onToggleSelected }: Props) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  // One area unit for the whole list (`viewAreaUnit` of the listed kinds).
  const f = useFormatters(useViewAreaUnit(entries.flatMap((e) => (e.site ? [e.site.kind] : []))));
  const { siteRemoved, siteMoved } = useShortlistActions();
  return (
    <ol className="shortlist-entries" aria-label={t('shortlist.title')}>
      {entries.map(({ key, site, unknown }, i) => {
        const name = site ? localize(site, 'name').text : key;
        return (
          <li key={key} className="shortlist-entry" data-site-key={key}>
            <span className="shortlist-entry__pos">{i + 1}.</span>
            <div className="shortlist-entry__body">
              {site ? (
                <>
                  <Link
                    to="/sites/$collectionId/$featureId"
                    params={{ collectionId: site.collectionId, featureId: site.featureId }}
                  >
                    <Localized value={localize(site, 'name')} />
                  </Link>
                  {site.status === 'withdrawn' && (
                    <span className="shortlist-entry__flag">{t('shortlist.withdrawn')}</span>
                  )}
                  <p className="shortlist-entry__facts">
                    {t(`kind.${site.kind}`)} · {site.municipality} · {f.area(site.area_m2)}
                  </p>
                </>
              ) : unknown ? (
                <span className="shortlist-entry__unknown">{t('shortlist.unknown', { key })}</span>
              ) : (
                <span className="shortlist-entry__loading">{key}</span>
              )}
            </div>
            {editable && (
              <div className="shortlist-entry__actions">
                {site && onToggleSelected && (
                  <label className="shortlist-entry__compare">
                    <input
                      type="checkbox"
                      checked={selected?.has(key) ?? false}
                      onChange={() => onToggleSelected(key)}
                    />
                    <span className="visually-hidden">{t('shortlist.selectForCompare', { name })}</span>
                    <span aria-hidden="true">{t('shortlist.compare')}</span>
                  </label>
                )}
                <button
                  type="button"
                  onClick={() => siteMoved(key, -1)}
                  disabled={i === 0}
                  aria-label={t('shortlist.moveUp', { name })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => siteMoved(key, 1)}
                  disabled={i === entries.length - 1}
                  aria-label={t('shortlist.moveDown', { name })}
                >
                  ↓
                </button>
                <button type="button" onClick={() => siteRemoved(key)}>
                  {t('shortlist.removeButton')}
                  <span className="visually-hidden">: {t('shortlist.removeLabel', { name })}</span>
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
