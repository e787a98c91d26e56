import type { Position } from '@/contract/geometry-schemas';
import { linePath } from '@/lib/map/context-svg/layer-paths';
import type { LocalProjection } from '@/lib/map/context-svg/projection';

/** The site: its outline (plots) and a ring around it so it is found at a glance. */
export function SiteMark({
  rings,
  kind,
  proj,
}: {
  rings: Position[][];
  kind: 'plot' | 'hall';
  proj: LocalProjection;
}) {
  const [cx, cy] = [proj.width / 2, proj.height / 2];
  return (
    <g className={`context-map__site context-map__site--${kind}`}>
      {rings.length > 0 && <path d={rings.map((ring) => linePath(ring, proj, true)).join('')} />}
      <circle className="context-map__ring" cx={cx} cy={cy} r="18" />
      {rings.length === 0 && <circle className="context-map__dot" cx={cx} cy={cy} r="6" />}
    </g>
  );
}
