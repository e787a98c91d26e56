import type { ExtraColumns } from '@/features/export/extra-columns';
import type { CsvCell } from '@/features/export/csv-writer';
import { siteFit, type Fit } from '@/lib/search/engine/fit';
import { distanceKmFast } from '@/lib/search/engine/geo-distance';
import { sitePositions } from '@/lib/search/engine/site-index';
import type { Site } from '@/lib/sites/site';

/**
 * The search's own CSV columns after the fixed header (README, "CSV export"): `distance_km` when
 * `near` is set and resolved, then `fit_met, fit_total, fit_missed` when wishes (`want=`) rank the
 * results. The distance comes first because it is one plain number per site, the fit a group of three.
 */
export const DISTANCE_COLUMN = 'distance_km';
export const FIT_COLUMNS = ['fit_met', 'fit_total', 'fit_missed'] as const;

export interface SearchExportInput {
  /** The sites the engine's columns index (`index.sites`): the fit is kept per position there. */
  sites: readonly Site[];
  fit: Fit | null;
  /** The centre of `near` as [lon, lat], or null without `near` (or while it is unresolved). */
  nearPoint: readonly [number, number] | null;
}

/** Straight-line km to one decimal (100 m): finer would claim more than a site's centroid knows. */
const roundKm = (km: number) => Math.round(km * 10) / 10;

/** The extra columns for an export of the search's results; undefined keeps the header fixed. */
export function searchExportColumns({ sites, fit, nearPoint }: SearchExportInput): ExtraColumns | undefined {
  if (!fit && !nearPoint) return undefined;
  const positionOf = (site: Site) => sitePositions(sites).get(site);
  return {
    header: [...(nearPoint ? [DISTANCE_COLUMN] : []), ...(fit ? FIT_COLUMNS : [])],
    cells(site) {
      const cells: CsvCell[] = [];
      if (nearPoint) cells.push(roundKm(distanceKmFast(nearPoint[0], nearPoint[1], site.lon, site.lat)));
      if (fit) {
        const i = positionOf(site);
        if (i === undefined) cells.push(null, null, null);
        else {
          const { met, total, missed } = siteFit(fit, i);
          cells.push(met, total, missed.join('|'));
        }
      }
      return cells;
    },
  };
}
