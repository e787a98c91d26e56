import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { FilterPatch } from '../aggregate/overview-model';
import type { ChartRow } from '../overview-charts';

/** Renders a link that applies `filter` and opens the search (supplied by the app). */
export type BarLink = (filter: FilterPatch, label: string, children: ReactNode) => ReactNode;

interface BarChartProps {
  rows: ChartRow[];
  value: (row: ChartRow) => number;
  /** The value as text beside the bar (and in the link's name). */
  valueText: (row: ChartRow) => string;
  /** Accessible name of a bar's link; it starts with the text shown (`shown`: the label as drawn). */
  linkLabel: (row: ChartRow, shown: string) => string;
  axisLabel: string;
  tick: (value: number) => string;
  color: string;
  barLink: BarLink;
  labelledBy: string;
}

const MAX_WIDTH = 640;
const MIN_WIDTH = 300;
const ROW_H = 26;
const AXIS_H = 44;

/** Width of one character of the 12 px chart text, a little generous (digits are ~6.7 px). */
const CHAR_W = 7.2;

/**
 * The drawing is as wide as the space it gets (measured), so its 12 px text stays 12 px on a
 * phone instead of shrinking with a scaled 640-unit drawing. The value column is as wide as the
 * longest value ("439.600 m² · 42"), at least 23 % of the drawing, so no value is cut off at the
 * drawing's right edge; the bars share what is left.
 */
function chartLayout(width: number, longestValue: number) {
  const labelW = Math.round(width * 0.33);
  const valueW = Math.round(Math.min(width * 0.4, Math.max(width * 0.23, longestValue * CHAR_W + 10)));
  return { width, labelW, valueW, maxLabel: Math.floor(labelW / 7.6) };
}

/** Width of one character of the 11 px tick text, a little generous. */
const TICK_CHAR_W = 6.6;

/**
 * At most four ticks, fewer where their labels would run into each other ("200.000" m² on a
 * phone): the most ticks whose widest label, with a gap, fits the space each one gets.
 */
function tickValuesFor(x: ReturnType<typeof scaleLinear<number>>, tick: (v: number) => string) {
  for (let n = 4; n > 1; n--) {
    const values = x.ticks(n);
    const widest = Math.max(...values.map((v) => tick(v).length)) * TICK_CHAR_W + 8;
    const gaps = values.slice(1).map((v, i) => x(v) - x(values[i]!));
    if (Math.min(...gaps) >= widest) return values;
  }
  return x.domain();
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function useDrawnWidth() {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(MAX_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const w = el.parentElement?.clientWidth ?? 0;
      if (w > 0) setWidth(Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w))));
    };
    update();
    const observer = new ResizeObserver(update);
    if (el.parentElement) observer.observe(el.parentElement);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Horizontal bars (visx scales and shapes): label, bar, value. Each bar with sites is a link
 * whose name says what it shows; the SVG is a group of links, so screen readers reach every bar.
 */
export function BarChart({
  rows,
  value,
  valueText,
  linkLabel,
  axisLabel,
  tick,
  color,
  barLink,
  labelledBy,
}: BarChartProps) {
  const [ref, drawn] = useDrawnWidth();
  const longestValue = Math.max(0, ...rows.map((row) => valueText(row).length));
  const { width: WIDTH, labelW: LABEL_W, valueW: VALUE_W, maxLabel } = chartLayout(drawn, longestValue);
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = rows.length * ROW_H + AXIS_H;
  const max = Math.max(0, ...rows.map(value));
  const x = scaleLinear<number>({ domain: [0, max > 0 ? max : 1], range: [0, plotW], nice: true });
  const y = scaleBand<string>({
    domain: rows.map((r) => r.key),
    range: [0, rows.length * ROW_H],
    padding: 0.2,
  });
  return (
    <svg
      ref={ref}
      className="bar-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="group"
      aria-labelledby={labelledBy}
    >
      {rows.map((row) => {
        const top = y(row.key) ?? 0;
        const v = value(row);
        const w = v > 0 ? Math.max(2, x(v)) : 0;
        const body = (
          <Group top={top} className="bar-chart__row">
            <rect className="bar-chart__hit" x={0} y={-2} width={WIDTH} height={y.bandwidth() + 4} />
            <text
              className="bar-chart__label"
              x={LABEL_W - 8}
              y={y.bandwidth() / 2}
              dy="0.35em"
              textAnchor="end"
            >
              {clip(row.label, maxLabel)}
              {/* A space in the link's text before the value (its name starts with both). */}{' '}
            </text>
            <Bar x={LABEL_W} y={0} width={w} height={y.bandwidth()} fill={color} />
            <text className="bar-chart__value" x={LABEL_W + w + 6} y={y.bandwidth() / 2} dy="0.35em">
              {valueText(row)}
            </text>
          </Group>
        );
        return (
          <g key={row.key}>
            {row.filter && row.count > 0
              ? barLink(row.filter, linkLabel(row, clip(row.label, maxLabel)), body)
              : body}
          </g>
        );
      })}
      <AxisBottom
        top={rows.length * ROW_H + 4}
        left={LABEL_W}
        scale={x}
        tickValues={tickValuesFor(x, tick)}
        tickFormat={(v) => tick(Number(v))}
        label={axisLabel}
        stroke="#6b7280"
        tickStroke="#6b7280"
        tickLabelProps={{ fill: '#374151', fontSize: 11, textAnchor: 'middle' }}
        labelProps={{ fill: '#374151', fontSize: 11, textAnchor: 'middle' }}
      />
    </svg>
  );
}
