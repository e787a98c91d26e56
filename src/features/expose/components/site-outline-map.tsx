import { useTranslation } from 'react-i18next';
import type { Site } from '@/lib/sites/site';
import { useFormatters } from '@/lib/i18n/format';
import { outlineDrawing } from '../outline-path';

/** A static map of the site drawn from its own coordinates (no tiles, prints crisply). */
export function SiteOutlineMap({ site }: { site: Site }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const d = outlineDrawing(site.geometry);
  const y = d.size - 10;
  return (
    <figure className="site-outline">
      <svg
        viewBox={`0 0 ${d.size} ${d.size}`}
        width={d.size}
        height={d.size}
        role="img"
        aria-label={t('expose.mapTitle')}
      >
        <rect x="0.5" y="0.5" width={d.size - 1} height={d.size - 1} className="site-outline__frame" />
        {d.paths.map((path, i) => (
          <path key={i} d={path} className={`site-outline__area site-outline__area--${site.kind}`} />
        ))}
        {d.point && (
          <g className={`site-outline__point site-outline__point--${site.kind}`}>
            <circle cx={d.point[0]} cy={d.point[1]} r="9" />
            <path d={`M${d.point[0] - 16} ${d.point[1]}h32M${d.point[0]} ${d.point[1] - 16}v32`} />
          </g>
        )}
        <text x={d.size - 14} y="22" className="site-outline__north">
          N ↑
        </text>
        <path d={`M10 ${y}h${d.scaleBar.length.toFixed(1)}`} className="site-outline__scale" />
        <text x="10" y={y - 5} className="site-outline__scale-label">
          {t('expose.scale', { m: f.number(d.scaleBar.metres) })}
        </text>
      </svg>
      <figcaption>
        {t('expose.mapNote', {
          approx: t(`field.position_approximate_${site.position_approximate}`),
        })}{' '}
        · {f.number(site.lat, 5)}, {f.number(site.lon, 5)}
      </figcaption>
    </figure>
  );
}
