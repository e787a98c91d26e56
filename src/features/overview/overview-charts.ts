import type { Bucket, FilterPatch, KindName, Overview, Tally } from './aggregate/overview-model';

/**
 * The overview's charts as data: title, rows with labels, notes. One list feeds the charts, the
 * table alternatives, the text summaries and the CSV export, so they always agree.
 */

export type SectionId = 'state' | 'district' | 'zoning' | 'dev' | 'size' | 'price' | 'avail';
export const SECTIONS: readonly SectionId[] = [
  'state',
  'district',
  'zoning',
  'dev',
  'size',
  'price',
  'avail',
];

export interface ChartRow {
  key: string;
  label: string;
  count: number;
  /** m² */
  area: number;
  filter: FilterPatch | null;
}

export interface ChartSpec {
  id: string;
  section: SectionId;
  kind: KindName;
  title: string;
  /** Price charts show the number of sites; all others the area. */
  measure: 'area' | 'count';
  rows: ChartRow[];
  /** Sites that no bar shows (price on request, no value), as text. */
  notes: { key: string; label: string; tally: Tally }[];
}

export interface ChartLabels {
  kind(kind: KindName): string;
  section(section: SectionId, kind: KindName): string;
  state(code: string): string;
  district(ags: string): string;
  zoning(code: string): string;
  dev(code: string): string;
  avail(key: string): string;
  unknown(): string;
  /** A class `lower ≤ v < upper` in the chart's unit. */
  range(lower: number, upper: number | null, section: 'size' | 'price', kind: KindName): string;
  note(key: 'onRequest' | 'noPrice' | 'noRent'): string;
}

const rowsOf = (buckets: Bucket[], label: (b: Bucket) => string): ChartRow[] =>
  buckets.map((b) => ({ key: b.key, label: label(b), count: b.count, area: b.area, filter: b.filter }));

export function overviewCharts(o: Overview, l: ChartLabels): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const add = (
    section: SectionId,
    kind: KindName,
    buckets: Bucket[],
    label: (b: Bucket) => string,
    notes: ChartSpec['notes'] = [],
  ) =>
    charts.push({
      id: `${section}-${kind}`,
      section,
      kind,
      title: l.section(section, kind),
      measure: section === 'price' ? 'count' : 'area',
      rows: rowsOf(buckets, label),
      notes,
    });
  const known = (f: (key: string) => string) => (b: Bucket) => (b.key === 'unknown' ? l.unknown() : f(b.key));
  const ranged = (section: 'size' | 'price', kind: KindName) => (b: Bucket) =>
    l.range(b.range![0], b.range![1], section, kind);
  for (const kind of ['plots', 'halls'] as const) add('state', kind, o.byState[kind], known(l.state));
  for (const kind of ['plots', 'halls'] as const)
    add('district', kind, o.byDistrict[kind], known(l.district));
  add('zoning', 'plots', o.byZoning, known(l.zoning));
  add('dev', 'plots', o.byDev, known(l.dev));
  for (const kind of ['plots', 'halls'] as const)
    add('size', kind, o.sizeClasses[kind], ranged('size', kind));
  for (const kind of ['plots', 'halls'] as const) {
    const p = o.prices[kind];
    add('price', kind, p.bins, ranged('price', kind), [
      { key: 'on_request', label: l.note('onRequest'), tally: p.onRequest },
      { key: 'unknown', label: l.note(kind === 'plots' ? 'noPrice' : 'noRent'), tally: p.unknown },
    ]);
  }
  for (const kind of ['plots', 'halls'] as const) {
    const buckets = o.availability[kind];
    const unknown = buckets.find((b) => b.key === 'unknown')!;
    add(
      'avail',
      kind,
      buckets.filter((b) => b.key !== 'unknown'),
      (b) => l.avail(b.key),
      [{ key: 'unknown', label: l.avail('unknown'), tally: unknown }],
    );
  }
  // Unknown categories are listed as notes too: no URL filter selects them, so no bar.
  for (const c of charts) {
    const u = c.rows.find((r) => r.key === 'unknown');
    if (!u) continue;
    c.rows = c.rows.filter((r) => r !== u);
    c.notes.push({ key: 'unknown', label: l.unknown(), tally: { count: u.count, area: u.area } });
  }
  return charts;
}
