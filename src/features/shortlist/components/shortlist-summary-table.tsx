import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '@/components/localized';
import type { SiteKey } from '@/contract/site-key';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import { entryFacts, FACT_IDS } from '../entry-facts';
import type { ShortlistEntry } from './shortlist-entries';

interface Props {
  entries: readonly ShortlistEntry[];
  notes: Readonly<Record<SiteKey, string>>;
}

/** The printed shortlist's first page: one row per entry, numbered as the list, notes included. */
export function ShortlistSummaryTable({ entries, notes }: Props) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const f = useFormatters(useViewAreaUnit(entries.flatMap((e) => (e.site ? [e.site.kind] : []))));
  const today = useClock().today();
  // On a narrow screen the table scrolls sideways in a box of its own (keyboard: the box takes focus).
  return (
    <div
      className="shortlist-summary__scroll"
      // A box that scrolls and holds nothing focusable must take the focus itself, or a keyboard
      // cannot scroll it (WCAG 2.1.1; axe's scrollable-region-focusable): a labelled region.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('shortlist.printTitle')}
    >
      <table className="shortlist-summary">
        <caption className="visually-hidden">{t('shortlist.printTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortlist.number')}</th>
            <th scope="col">{t('shortlist.site')}</th>
            {FACT_IDS.map((id) => (
              <th scope="col" key={id}>
                {t(`shortlist.facts.${id}`)}
              </th>
            ))}
            <th scope="col">{t('shortlist.note')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ key, site }, i) => {
            const facts = site ? entryFacts(site, t, f, today) : null;
            return (
              <tr key={key}>
                <td>{i + 1}</td>
                <th scope="row">{site ? localize(site, 'name').text : t('shortlist.unknown', { key })}</th>
                {FACT_IDS.map((id) => (
                  <td key={id}>{facts?.[id] ?? '–'}</td>
                ))}
                <td className="shortlist-summary__note">{notes[key] ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
