import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NearbyTown } from '@/contract/site-schemas';
import { useFormatters } from '@/lib/i18n/format';
import '@/styles/context.css';

export interface ProfileSite {
  district: string;
  pop_30km: number | null;
  pop_60km: number | null;
  nearest_towns: readonly NearbyTown[];
  district_population: number | null;
  district_area_km2: number | null;
}

const BAR_MAX = 200;

/** The place around a site: population within 30/60 km, the district, the nearest larger towns. */
export function SiteProfile({ site }: { site: ProfileSite }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const titleId = useId();
  const bars = [
    { id: 'pop30', label: t('profile.chartPop30'), value: site.pop_30km },
    { id: 'pop60', label: t('profile.chartPop60'), value: site.pop_60km },
    { id: 'district', label: t('profile.chartDistrict'), value: site.district_population },
  ].filter((b): b is { id: string; label: string; value: number } => b.value !== null);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const density =
    site.district_population !== null && site.district_area_km2
      ? site.district_population / site.district_area_km2
      : null;
  const rows = [
    { label: t('profile.pop30'), value: site.pop_30km },
    { label: t('profile.pop60'), value: site.pop_60km },
    { label: t('profile.districtPopulation'), value: site.district_population },
  ].filter((r) => r.value !== null);
  return (
    <section className="ctx-section site-profile" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('profile.title')}</h2>
      {bars.length === 0 && site.nearest_towns.length === 0 ? (
        <p className="ctx-section__empty">{t('profile.unknown')}</p>
      ) : (
        <>
          <dl className="site-profile__figures">
            {rows.map((r) => (
              <div key={r.label} className="site-detail__row">
                <dt>{r.label}</dt>
                <dd>{f.number(r.value!)}</dd>
              </div>
            ))}
            {density !== null && (
              <div className="site-detail__row">
                <dt>{t('profile.density')}</dt>
                <dd>
                  {t('profile.densityValue', { value: f.number(density) })} ({site.district})
                </dd>
              </div>
            )}
          </dl>
          <svg
            className="site-profile__chart"
            viewBox={`0 0 320 ${bars.length * 26}`}
            role="img"
            aria-label={`${t('profile.chart')}: ${bars.map((b) => `${b.label} ${f.number(b.value)}`).join(', ')}`}
          >
            {bars.map((b, i) => (
              <g key={b.id} transform={`translate(0 ${i * 26})`}>
                <text x="0" y="16" className="site-profile__bar-label">
                  {b.label}
                </text>
                <rect
                  x="70"
                  y="4"
                  height="16"
                  width={(b.value / max) * BAR_MAX}
                  className={`site-profile__bar site-profile__bar--${b.id}`}
                />
              </g>
            ))}
          </svg>
          {site.nearest_towns.length > 0 && (
            <>
              <h3 className="site-profile__towns-title">{t('profile.towns')}</h3>
              <ul className="site-profile__towns">
                {site.nearest_towns.map((town) => (
                  <li key={town.name}>
                    {t('profile.town', {
                      name: town.name,
                      population: f.number(town.population),
                      km: f.km(town.km),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p className="site-profile__credits">{t('profile.credits')}</p>
    </section>
  );
}
