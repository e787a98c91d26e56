import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '@/lib/clock';
import { localizedText } from '@/lib/i18n/localized-text';
import { latestRecentNews } from '@/lib/context/relate';
import { useContextItems } from '@/lib/context/use-context-items';
import { useFormatters } from '@/lib/i18n/format';
import type { Site } from '@/lib/sites/site';
import '@/styles/context.css';

/**
 * Renders a "Meldung <date>" marker for a site with specific news (about its park or municipality)
 * from the last 12 months, else nothing; region-wide items mark no site. One hook
 * for all cards, so the news are read once, not once per card.
 */
export function useNewsMarker(): (site: Site) => ReactNode {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const today = useClock().today();
  const { news } = useContextItems();
  return useCallback(
    (site: Site) => {
      const latest = latestRecentNews(site, news, today);
      if (!latest) return null;
      const title = t('context.newsMarkerTitle', {
        date: f.date(latest.date),
        title: localizedText(latest, 'title', i18n.language).text,
      });
      return (
        <span className="site-card__news" title={title}>
          {t('context.newsMarker', { date: f.date(latest.date) })}
          <span className="visually-hidden">: {title}</span>
        </span>
      );
    },
    [news, today, t, f, i18n.language],
  );
}
