import { Link } from '@tanstack/react-router';
import { formatValue as formatCriterionValue } from '@/lib/search/criteria/format-value';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormatters, type Formatters } from '@/lib/i18n/format';
import { keyIn } from '@/lib/i18n/translation-key';
import type { Site } from '@/lib/sites/site';
import { compareRows, type CompareFormat, type CompareRow, type CompareValue } from '../compare-rows';
import '@/styles/shortlist.css';

function formatValue(row: CompareRow, value: CompareValue, t: TFunction, f: Formatters): string {
  if (value === undefined) return '–';
  if (value === null) return t('detail.unknown');
  const id = row.spec.id;
  const format: CompareFormat = row.spec.format;
  if (typeof value === 'boolean') return t(value ? 'detail.yes' : 'detail.no');
  if (typeof value === 'string') {
    if (format === 'date') return f.date(value);
    if (id === 'kind') return t(keyIn('kind', value));
    if (id === 'state') return t(keyIn('states', value));
    if (id === 'status' || id === 'zoning' || id === 'development_status')
      return t(keyIn(`enum.${id}`, value));
    return value;
  }
  switch (format) {
    case 'area':
      return f.area(value);
    case 'euroM2':
      return t('card.perM2', { price: f.euro(value) });
    case 'rentM2':
      return t('card.rentPerM2', { price: f.euro(value) });
    case 'km':
      return f.km(value);
    case 'metres':
      return `${f.number(value, 1)} m`;
    case 'tonnesM2':
      return `${f.number(value, 1)} t/m²`;
    case 'mva':
      return formatCriterionValue('mva', value, f);
    default:
      return f.number(value, 1);
  }
}

/** 2 to 6 sites side by side: rows by meaning, differing rows highlighted, best values starred. */
export function CompareTable({ sites }: { sites: readonly Site[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const rows = compareRows(sites);
  return (
    <div className="compare-table__scroll">
      <table className="compare-table">
        <caption className="visually-hidden">{t('compare.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.field')}</th>
            {sites.map((site) => (
              <th scope="col" key={site.key}>
                <Link
                  to="/sites/$collectionId/$featureId"
                  params={{ collectionId: site.collectionId, featureId: site.featureId }}
                >
                  {site.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.spec.id}
              data-row={row.spec.id}
              className={row.differs ? 'compare-table__row--differs' : undefined}
            >
              <th scope="row">
                {t(`compare.rows.${row.spec.id}`)}
                {row.differs && <span className="visually-hidden"> ({t('compare.differs')})</span>}
              </th>
              {row.values.map((value, i) => (
                <td key={sites[i]!.key} className={row.best[i] ? 'compare-table__best' : undefined}>
                  {value === undefined ? (
                    <span title={t('compare.notApplicable')}>–</span>
                  ) : (
                    formatValue(row, value, t, f)
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
        </tbody>
      </table>
      <p className="compare-table__legend">{t('compare.legend')}</p>
    </div>
  );
}
