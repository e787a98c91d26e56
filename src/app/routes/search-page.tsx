import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from '@/features/export/components/export-menu';
import { CopyLinkButton } from '@/features/share/components/copy-link-button';
import { shareableViewUrl } from '@/features/share/view-url';
import { EmptyResults } from '@/features/search/components/empty-results';
import { ResultSkeleton } from '@/features/search/components/result-skeleton';
import { FilterDrawer } from '@/features/search/components/filter-drawer';
import { activeFilterCount } from '@/features/search/relax-suggestions';
import { FilterBar } from '@/features/search/components/filter-bar';
import { NearMissPanel } from '@/features/search/components/near-miss-panel';
import { ParamProblems } from '@/features/search/components/param-problems';
import { ResultCount } from '@/features/search/components/result-count';
import { ResultList } from '@/features/search/components/result-list';
import { useSearchedFor } from '@/features/search/hooks/use-searched-for';
import type { SearchedFor } from '@/features/search/searched-facts';
import { searchKinds, useViewAreaUnit, type ViewAreaUnit } from '@/lib/i18n/view-area-unit';
import type { SiteSequence } from '@/lib/sites/site-sequence';
import { OpenedSearchNote } from '@/features/saved-searches/components/saved-search-mark';
import { takeSnapshot, type SnapshotDiff } from '@/features/saved-searches/result-snapshot';
import { SaveSearchButton } from '@/features/saved-searches/components/save-search-button';
import { useFilterSummary } from '@/features/search/components/active-filters';
import { stringifyQuery } from '@/lib/search/search-params';
import { useCardExtra } from '../card-extra';
import { useOpenedSearchHere } from '../opened-search';
import { searchExportColumns } from '../export-extras';
import { useExplorer } from '../explorer-context';
import { useSearchWriter } from '../use-search-writer';
import { useClock } from '@/lib/clock';

/** `/`: filters, the result count and the result list. */
export function SearchPage() {
  const { t } = useTranslation();
  const { params, problems, results, counts, sitesState, search, selectedKey } = useExplorer();
  const onChange = useSearchWriter().replace;
  const extraColumns = useMemo(
    () =>
      searchExportColumns({
        sites: search.index.sites,
        fit: search.result.fit,
        nearPoint: search.nearPoint,
      }),
    [search],
  );
  const asked = useSearchedFor(params, search);
  const areaUnit = useViewAreaUnit(searchKinds(params.kind));
  const query = useMemo(() => stringifyQuery(params), [params]);
  const filterSummary = useFilterSummary(params, search.names);
  const defaultName = filterSummary || t('searches.allSites');
  const opened = useOpenedSearchHere(query, results, sitesState.isPending);
  const today = useClock().today();
  return (
    <div className="search-page">
      <h1 className="visually-hidden">{t('search.resultsLabel')}</h1>
      <FilterDrawer
        activeCount={activeFilterCount(params)}
        summary={filterSummary}
        resultCount={results.length}
      >
        <FilterBar
          params={params}
          onChange={onChange}
          facets={search.result.facets}
          names={search.names}
          index={search.index}
          resultIds={search.result.ids}
        />
      </FilterDrawer>
      <ParamProblems problems={problems} />
      <div className="result-bar">
        <ResultCount counts={counts} kind={params.kind} isPending={sitesState.isPending} />
        {!sitesState.isPending && (
          <NearMissPanel
            nearMisses={search.result.nearMisses}
            sites={search.index.sites}
            params={params}
            onChange={onChange}
            nearPoint={search.nearPoint}
            nearLabel={search.nearPlace?.name ?? null}
            areaUnit={areaUnit}
          />
        )}
        {opened?.diff && <OpenedSearchNote diff={opened.diff} />}
        <div className="result-actions">
          <CopyLinkButton getUrl={() => shareableViewUrl(window.location.href)} />
          <SaveSearchButton
            query={query}
            defaultName={defaultName}
            seen={sitesState.isPending ? undefined : () => takeSnapshot(results, today)}
          />
          <ExportMenu
            sites={results}
            fileBase="sites"
            loading={sitesState.isPending}
            extraColumns={extraColumns}
          />
        </div>
      </div>
      {sitesState.isPending ? (
        <ResultSkeleton />
      ) : results.length === 0 ? (
        <EmptyResults params={params} countWith={search.countWith} onChange={onChange} />
      ) : (
        <Results
          sites={results}
          selectedKey={selectedKey}
          asked={asked}
          areaUnit={areaUnit}
          opened={opened?.diff ?? null}
        />
      )}
    </div>
  );
}

interface ResultsProps {
  sites: SiteSequence;
  selectedKey: string | null;
  asked: SearchedFor;
  areaUnit: ViewAreaUnit;
  /** What is new or changed since the last opening of the saved search shown. */
  opened: SnapshotDiff | null;
}

/** The result list with the app's card extras: news arriving re-render the list, not the filters. */
function Results({ opened, ...props }: ResultsProps) {
  const renderCardExtra = useCardExtra(opened);
  return <ResultList {...props} renderCardExtra={renderCardExtra} />;
}
