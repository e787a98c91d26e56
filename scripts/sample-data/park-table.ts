import type { PlotPropertiesInput } from '../../src/contract/site-schemas';
import { municipality, type Municipality } from './municipalities';
import type { ParkProfile } from './park-profile';
import { PARKS_SN } from './parks-sn';
import { PARKS_ST_ANHALT_HARZ } from './parks-st-anhalt-harz';
import { PARKS_ST_CHEMISTRY } from './parks-st-chemistry';
import { PARKS_ST_HALLE } from './parks-st-halle';
import { PARKS_ST_MAGDEBURG } from './parks-st-magdeburg';
import { PARKS_TH } from './parks-th';
import { parseStatedSizeM2, readParks, type ParkRow } from './reference';

export const PARK_PROFILES: readonly ParkProfile[] = [
  ...PARKS_SN,
  ...PARKS_ST_HALLE,
  ...PARKS_ST_CHEMISTRY,
  ...PARKS_ST_MAGDEBURG,
  ...PARKS_ST_ANHALT_HARZ,
  ...PARKS_TH,
];

/** A reference park joined with its profile and municipality. */
export interface Park {
  row: ParkRow;
  profile: ParkProfile;
  municipality: Municipality;
  state: PlotPropertiesInput['state'];
  /** The park's stated size in m², or null. */
  areaM2: number | null;
}

const IN_PRODUCT = new Set(['SN', 'ST', 'TH']);

/** True for rows whose state (or one of the states of a border park) belongs to the product. */
export const inProduct = (row: ParkRow) => row.state.split('/').some((s) => IN_PRODUCT.has(s.trim()));

/**
 * Joins every in-product row of parks.csv with its profile. Throws when a row lacks a profile or a
 * profile names no row, so the data cannot silently drift from the reference.
 */
export function loadParks(rows: readonly ParkRow[] = readParks()): Park[] {
  const profiles = new Map(PARK_PROFILES.map((p) => [p.ref, p]));
  if (profiles.size !== PARK_PROFILES.length) throw new Error('duplicate park profile');
  const used = new Set<string>();
  const parks = rows.filter(inProduct).map((row): Park => {
    const profile = profiles.get(row.name);
    if (!profile) throw new Error(`no profile for park "${row.name}"`);
    used.add(row.name);
    const m = municipality(profile.municipality);
    const areaM2 =
      profile.parkHa === undefined
        ? parseStatedSizeM2(row.totalSize)
        : profile.parkHa === null
          ? null
          : profile.parkHa * 10_000;
    return { row, profile, municipality: m, state: m.state, areaM2 };
  });
  const unused = PARK_PROFILES.filter((p) => !used.has(p.ref)).map((p) => p.ref);
  if (unused.length > 0) throw new Error(`profiles without a reference park: ${unused.join(', ')}`);
  return parks;
}
