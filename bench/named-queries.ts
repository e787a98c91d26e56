import { generateSyntheticSites } from '../scripts/sample-data/synth';
import { validateSites } from '@/lib/sites/validate-sites';
import type { Site } from '@/lib/sites/site';

/** The two realistic queries of the filter benchmark, as URL query strings. */
export const LEIPZIG: [number, number] = [12.37129, 51.33962];
export const HALLE: [number, number] = [11.97947, 51.48158];

export const NAMED_QUERIES = {
  plots:
    'kind=plots&state=SN,ST&area_min=20000&zoning=GI,GE&junction_km_max=15&price_max=60&unknown=price&near=leipzig&radius_km=50',
  halls: 'kind=halls&height_min=10&docks_min=4&rent_max=6&near=halle-saale&radius_km=40',
} as const;

export function syntheticSites(count: number): Site[] {
  const data = generateSyntheticSites(count, 1);
  return [
    ...validateSites('plots', 'plot', data.plots).sites,
    ...validateSites('halls', 'hall', data.halls).sites,
  ];
}
