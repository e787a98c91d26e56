import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import { SiteOutlineMap } from './site-outline-map';
import '@/styles/print.css';

/** The exposé additions to the detail page: a static map, the deep link and the print date. */
export function ExposeSheet({ site, siteUrl }: { site: Site; siteUrl: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const today = useClock().today();
  return (
    <section className="expose-sheet" aria-labelledby="expose-map-title">
      <h2 id="expose-map-title">{t('expose.mapTitle')}</h2>
      <SiteOutlineMap site={site} />
      <p className="expose-sheet__link">
        {t('expose.link')}: <a href={siteUrl}>{siteUrl}</a>
      </p>
      <p className="expose-sheet__printed print-only">
        {t('expose.printedAt', { date: f.date(today) })} ·{' '}
        {t('detail.asOf', { date: f.date(site.data_as_of) })}
      </p>
    </section>
  );
}
