import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatters } from '@/lib/i18n/format';

/** Class edges in m² (lower ≤ size < upper). */
export const SIZE_EDGES = [0, 1_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, Infinity];

const classCache = new WeakMap<Float64Array, Uint8Array>();

/** Every site's size class, computed once per area column (an index is built once per load). */
function classesOf(area: Float64Array): Uint8Array {
  let classes = classCache.get(area);
  if (!classes) {
    classes = new Uint8Array(area.length);
    const last = SIZE_EDGES.length - 2;
    for (let i = 0; i < area.length; i++) {
      const a = area[i]!;
      let b = 0;
      while (b < last && a >= SIZE_EDGES[b + 1]!) b += 1;
      classes[i] = b;
    }
    classCache.set(area, classes);
  }
  return classes;
}

/** Sites per size class, from the index's area column (one pass over the result ids). */
export function sizeBins(area: Float64Array, ids: ArrayLike<number>): number[] {
  const classes = classesOf(area);
  const bins = new Uint32Array(SIZE_EDGES.length - 1);
  for (let j = 0; j < ids.length; j++) bins[classes[ids[j]!]!]! += 1;
  return Array.from(bins);
}

/**
 * The size distribution of the current results; a bar sets the size range to its class. The
 * class labels read in one unit, the area inputs' (`f` is built for it).
 */
export function SizeHistogram({
  area,
  ids,
  f,
  onPick,
}: {
  area: Float64Array;
  ids: Uint32Array;
  f: Formatters;
  onPick: (min: number, max?: number) => void;
}) {
  const { t } = useTranslation();
  // Recomputed per result set only, not on every keystroke in the filters around it.
  const bins = useMemo(() => sizeBins(area, ids), [area, ids]);
  const top = Math.max(1, ...bins);
  return (
    <figure className="size-histogram">
      <figcaption>{t('filters.histogram')}</figcaption>
      <div className="size-histogram__bars">
        {bins.map((count, b) => {
          const lo = SIZE_EDGES[b]!;
          const hi = SIZE_EDGES[b + 1]!;
          const range = hi === Infinity ? `≥ ${f.area(lo)}` : `${f.area(lo)}–${f.area(hi)}`;
          return (
            <button
              key={lo}
              type="button"
              className="size-histogram__bar"
              style={{ '--fill': `${Math.max(4, (count / top) * 100)}%` } as CSSProperties}
              aria-label={t('filters.histogramBar', { range, count: f.number(count) })}
              title={t('filters.histogramBar', { range, count: f.number(count) })}
              onClick={() => onPick(lo, hi === Infinity ? undefined : hi - 1)}
            />
          );
        })}
      </div>
    </figure>
  );
}
