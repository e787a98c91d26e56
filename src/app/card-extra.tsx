import { useCallback } from 'react';
import { useLocalizedText } from '@/components/localized';
import { useNewsMarker } from '@/features/context/components/news-marker';
import type { RenderCardExtra } from '@/features/search/components/site-card';
import { ShortlistToggle } from '@/features/shortlist/components/shortlist-toggle';

/**
 * What the app adds to each result card from other features: the recent-news marker, then the
 * shortlist toggle. The search feature renders it without importing either feature.
 */
export function useCardExtra(): RenderCardExtra {
  const newsMarker = useNewsMarker();
  const localize = useLocalizedText();
  return useCallback(
    (site) => (
      <>
        {newsMarker(site)}
        <ShortlistToggle siteKey={site.key} name={localize(site, 'name').text} />
      </>
    ),
    [newsMarker, localize],
  );
}
