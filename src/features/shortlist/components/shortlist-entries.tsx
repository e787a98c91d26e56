import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import type { SiteKey } from '@/contract/site-key';
import { useFormatters } from '@/lib/i18n/format';
import { useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { Site } from '@/lib/sites/site';
import { EntryActions, type CompareSelection } from './shortlist-entry-actions';
import { ShortlistEntryFacts } from './shortlist-entry-facts';
import { ShortlistNoteField } from './shortlist-note-field';

/** A shortlist entry: the site, or its key when the site is unknown (or still loading). */
export interface ShortlistEntry {
  key: SiteKey;
  site: Site | null;
  /** True once the site's collection has loaded without finding it. */
  unknown: boolean;
}

interface Props {
  entries: readonly ShortlistEntry[];
  /** Own list: remove, reorder and write notes. Shared list: read-only. */
  editable: boolean;
  /** Checkboxes to pick the sites to compare; none without it. */
  selection?: CompareSelection | undefined;
}

/** The shortlist in order, numbered as on its map, with each site's key facts and the user's actions. */
export function ShortlistEntries({ entries, editable, selection }: Props) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  // One area unit for the whole list (`viewAreaUnit` of the listed kinds).
  const f = useFormatters(useViewAreaUnit(entries.flatMap((e) => (e.site ? [e.site.kind] : []))));
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
                  <ShortlistEntryFacts site={site} f={f} />
                  {editable && <ShortlistNoteField siteKey={key} name={name} />}
                </>
              ) : unknown ? (
                <span className="shortlist-entry__unknown">{t('shortlist.unknown', { key })}</span>
              ) : (
                <span className="shortlist-entry__loading">{key}</span>
              )}
            </div>
            <EntryActions
              siteKey={key}
              name={name}
              position={{ index: i, count: entries.length }}
              editable={editable}
              selection={site ? selection : undefined}
            />
          </li>
        );
      })}
    </ol>
  );
}
