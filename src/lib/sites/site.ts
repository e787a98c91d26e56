import type { SiteGeometry } from '@/contract/geometry-schemas';
import type { SiteKey } from '@/contract/site-key';
import type { HallProperties, PlotProperties } from '@/contract/site-schemas';

/** A validated site as the app uses it: the feature's properties, flattened, plus its address. */
interface SiteAddress {
  key: SiteKey;
  collectionId: string;
  featureId: string;
  geometry: SiteGeometry;
}

export type PlotSite = PlotProperties & SiteAddress;
export type HallSite = HallProperties & SiteAddress;
export type Site = PlotSite | HallSite;

export const isPlot = (site: Site): site is PlotSite => site.kind === 'plot';
export const isHall = (site: Site): site is HallSite => site.kind === 'hall';
