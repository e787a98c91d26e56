import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatters } from '@/lib/i18n/format';
import type { KindView } from '../hooks/use-kind-views';
import type { ChartRow, ChartSpec } from '../overview-charts';
import { BarChart, type BarLink } from './bar-chart';

/** Okabe–Ito blue and vermillion: distinct for the common colour-vision deficiencies. */
export const KIND_COLOR = { plots: '#0072B2', halls: '#D55E00' } as const;
const MAX_BARS = 12;

interface ChartFigureProps {
  chart: ChartSpec;
  f: Formatters;
  /** The chart's area unit: its axis, bars, notes and table read in it. */
  view: KindView;
  barLink: BarLink;
}

/** One chart: title, text summary, the bars, what no bar shows, and the same numbers as a table. */
export function ChartFigure({ chart, f, view, barLink }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const sites = (count: number) => t(`search.${chart.kind}`, { count, formatted: f.number(count) });
  const area = view.f.area;
  const inHa = view.unit === 'ha';
  const byArea = chart.measure === 'area';
  const value = (r: ChartRow) => (byArea ? r.area : r.count);
  const valueText = (r: ChartRow) => (byArea ? `${area(r.area)} · ${f.number(r.count)}` : sites(r.count));
  const shown = chart.rows.length > MAX_BARS ? chart.rows.slice(0, MAX_BARS) : chart.rows;
  return (
    <figure className="overview-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{chart.title}</h3>
      <p className="overview-chart__summary">{summaryOf(chart, t, f, sites, area)}</p>
      {chart.rows.some((r) => r.count > 0) && (
        <BarChart
          rows={shown}
          value={value}
          valueText={valueText}
          linkLabel={(r, shown) =>
            t(byArea ? 'overview.bar' : 'overview.barCount', {
              shown,
              label: r.label,
              area: area(r.area),
              sites: sites(r.count),
            })
          }
          axisLabel={t(byArea ? (inHa ? 'overview.axis.ha' : 'overview.axis.m2') : 'overview.axis.count')}
          tick={(v) => (byArea && inHa ? f.number(v / 10_000, 1) : f.number(v))}
          color={KIND_COLOR[chart.kind]}
          barLink={barLink}
          labelledBy={titleId}
        />
      )}
      {shown.length < chart.rows.length && (
        <p className="overview-chart__note">
          {t('overview.more', { shown: shown.length, all: chart.rows.length })}
        </p>
      )}
      {chart.notes.some((n) => n.tally.count > 0) && (
        <ul className="overview-chart__notes">
          {chart.notes
            .filter((n) => n.tally.count > 0)
            .map((n) => (
              <li key={n.key}>
                {n.label}: {sites(n.tally.count)} ({area(n.tally.area)})
              </li>
            ))}
        </ul>
      )}
      {/* On paper a chart that leaves rows out prints its whole table (overview.css). */}
      <details
        className={`overview-chart__table${shown.length < chart.rows.length ? ' overview-chart__table--print' : ''}`}
      >
        <summary>{t('overview.showTable')}</summary>
        <table>
          <caption className="visually-hidden">{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.col.label')}</th>
              <th scope="col">{t('overview.col.sites')}</th>
              <th scope="col">{t('overview.col.area')}</th>
            </tr>
          </thead>
          <tbody>
            {[...chart.rows, ...chart.notes.map((n) => ({ key: n.key, label: n.label, ...n.tally }))].map(
              (r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td>{f.number(r.count)}</td>
                  <td>{area(r.area)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function summaryOf(
  chart: ChartSpec,
  t: TFunction,
  f: Formatters,
  sites: (n: number) => string,
  area: (m2: number) => string,
): string {
  const count = chart.rows.reduce((s, r) => s + r.count, 0);
  if (count === 0) return t('overview.summaryEmpty', { title: chart.title });
  if (chart.measure === 'count') {
    const top = chart.rows.reduce((a, b) => (b.count > a.count ? b : a));
    return t('overview.summaryCount', {
      title: chart.title,
      sites: sites(count),
      top: top.label,
      topSites: sites(top.count),
    });
  }
  const total = chart.rows.reduce((s, r) => s + r.area, 0);
  const top = chart.rows.reduce((a, b) => (b.area > a.area ? b : a));
  return t('overview.summary', {
    title: chart.title,
    area: area(total),
    sites: sites(count),
    top: top.label,
    topArea: area(top.area),
    share: f.number(total > 0 ? (100 * top.area) / total : 0),
  });
}
