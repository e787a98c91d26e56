import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/i18n/format';
import { useKindViews } from '../hooks/use-kind-views';
import { SECTIONS, type ChartSpec } from '../overview-charts';
import type { BarLink } from './bar-chart';
import { ChartFigure } from './chart-figure';
import '@/styles/overview.css';

/** All charts of the overview, grouped in sections (plots and halls side by side). */
export default function OverviewChartsView({ charts, barLink }: { charts: ChartSpec[]; barLink: BarLink }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const views = useKindViews();
  return (
    <div className="overview-charts">
      {SECTIONS.map((section) => {
        const inSection = charts.filter((c) => c.section === section);
        return (
          <section key={section} className="overview-section" aria-labelledby={`overview-${section}`}>
            <h2 id={`overview-${section}`}>{t(`overview.section.${section}`)}</h2>
            <div className="overview-section__charts">
              {inSection.map((chart) => (
                <ChartFigure key={chart.id} chart={chart} f={f} view={views[chart.kind]} barLink={barLink} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
