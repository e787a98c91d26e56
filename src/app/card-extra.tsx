import { useCallback } from 'react';
import { useLocalizedText } from '@/components/localized';
import { useNewsMarker } from '@/features/context/components/news-marker';
import type { RenderCardExtra } from '@/features/search/components/site-card';
import { SavedSearchMark } from '@/features/saved-searches/components/saved-search-mark';
import type { SnapshotDiff } from '@/features/saved-searches/result-snapshot';
import { ShortlistToggle } from '@/features/shortlist/components/shortlist-toggle';

/**
 * What the app adds to each result card from other features: "Neu seit letztem Öffnen" or
 * "Geändert" when a saved search was just opened, the recent-news marker, then the shortlist toggle. The search feature renders it without importing either feature.
 */
export function useCardExtra(opened: SnapshotDiff | null = null): RenderCardExtra {
  const newsMarker = useNewsMarker();
  const localize = useLocalizedText();
  return useCallback(
    (site) => (
      <>
        {opened && <SavedSearchMark diff={opened} siteKey={site.key} />}
        {newsMarker(site)}
        <ShortlistToggle siteKey={site.key} name={localize(site, 'name').text} />
      </>
    ),
    [newsMarker, localize, opened],
  );
}
