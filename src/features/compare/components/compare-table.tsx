import { Link } from '@tanstack/react-router';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized, useLocalizedText } from '@/components/localized';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import { useViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { Site } from '@/lib/sites/site';
import { compareCellText } from '../compare-cell';
import { compareRows } from '../compare-rows';
import '@/styles/shortlist.css';

/**
 * 2 to 6 sites side by side: rows by meaning, differing rows highlighted, best values starred;
 * last the user's private notes (by site key), when one of the sites has one.
 */
export function CompareTable({
  sites,
  notes = {},
}: {
  sites: readonly Site[];
  notes?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  // One area unit for the whole table (`viewAreaUnit` of the compared kinds).
  const f = useFormatters(useViewAreaUnit(sites.map((s) => s.kind)));
  const today = useClock().today();
  const rows = compareRows(sites);
  return (
    <div className="compare-table__scroll">
      {/* Roles spelled out: on a phone the rows are laid out as grids, which would otherwise
          cost the table its meaning for screen readers. */}
      <table
        className="compare-table"
        role="table"
        style={{ '--compare-sites': sites.length } as CSSProperties}
      >
        <caption className="visually-hidden">{t('compare.title')}</caption>
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- see the table's roles above */}
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('compare.field')}
            </th>
            {sites.map((site) => (
              <th scope="col" role="columnheader" key={site.key}>
                <Link
                  to="/sites/$collectionId/$featureId"
                  params={{ collectionId: site.collectionId, featureId: site.featureId }}
                >
                  <Localized value={localize(site, 'name')} />
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- see the table's roles above */}
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr
              role="row"
              key={row.spec.id}
              data-row={row.spec.id}
              className={row.differs ? 'compare-table__row--differs' : undefined}
            >
              <th scope="row" role="rowheader">
                <span className="compare-table__row-name">
                  {t(`compare.rows.${row.spec.id}`)}
                  {row.differs && <span className="visually-hidden"> ({t('compare.differs')})</span>}
                </span>
              </th>
              {row.values.map((value, i) => (
                <td
                  // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- see the table's roles above
                  role="cell"
                  key={sites[i]!.key}
                  className={row.best[i] ? 'compare-table__best' : undefined}
                >
                  {value === undefined ? (
                    <span title={t('compare.notApplicable')}>–</span>
                  ) : (
                    compareCellText(row, value, sites[i]!, { t, f, today })
                  )}
                  {row.best[i] && (
                    <>
                      {' '}
                      <span aria-hidden="true">★</span>
                      <span className="visually-hidden">({t('compare.best')})</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
          {sites.some((s) => notes[s.key]) && (
            <tr role="row" data-row="note">
              <th scope="row" role="rowheader">
                <span className="compare-table__row-name">{t('compare.note')}</span>
              </th>
              {sites.map((site) => (
                <td
                  // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- see the table's roles above
                  role="cell"
                  key={site.key}
                  className="compare-table__note"
                >
                  {notes[site.key] ?? '–'}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
      <p className="compare-table__legend">{t('compare.legend')}</p>
    </div>
  );
}
