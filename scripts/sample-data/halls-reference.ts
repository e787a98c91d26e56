import type { HallPropertiesInput } from '../../src/contract/site-schemas';
import type { Sector } from './park-profile';

/**
 * The 17 hall objects of data/reference/halls.csv: the facts given there (size, plot, office,
 * gates, height, divisibility, year) and how the sample data treats them. Halls that a named
 * company uses are marked reserved (let) or withdrawn (own use), so that no real building is
 * advertised as vacant; their remaining specs are illustrative.
 */
export interface ReferenceHall {
  /** The hall's `name` in halls.csv, exactly. */
  ref: string;
  name: string;
  /** Display name of the park (as in the plot data), or null. */
  park: string | null;
  municipality: string;
  type: HallType;
  areaM2: number | null;
  plotM2?: number;
  officeM2?: number;
  divisibleM2?: number;
  clearHeightM?: number;
  docks?: number;
  yearBuilt?: number;
  availableFrom?: string;
  status: HallPropertiesInput['status'];
  sectors: readonly Sector[];
}

export type HallType = 'logistics' | 'production' | 'storage' | 'multi' | 'tech';

export const REFERENCE_HALLS: readonly ReferenceHall[] = [
  {
    ref: '"The Space" (BentallGreenOak)',
    name: 'Logistikpark „The Space“ (BentallGreenOak)',
    park: 'Star Park Halle',
    municipality: 'Halle (Saale)',
    type: 'logistics',
    areaM2: 90_000, // about 90 000 m² in 8 units of up to about 10 500 m²
    divisibleM2: 5_000,
    yearBuilt: 2024, // ready in Q4 2024
    availableFrom: '2024-12-01',
    status: 'available',
    sectors: ['logistics'],
  },
  {
    ref: 'home24 logistics centre',
    name: 'Logistikzentrum home24',
    park: 'Star Park Halle',
    municipality: 'Halle (Saale)',
    type: 'logistics',
    areaM2: 70_000,
    yearBuilt: 2019, // built in seven months
    status: 'reserved',
    sectors: ['logistics'],
  },
  {
    ref: 'Flaconi',
    name: 'Logistikhalle Flaconi',
    park: 'Star Park Halle',
    municipality: 'Halle (Saale)',
    type: 'logistics',
    areaM2: 32_000,
    status: 'reserved',
    sectors: ['logistics'],
  },
  {
    ref: 'Kühne + Nagel buffer warehouse (Goodman)',
    name: 'Pufferlager Kühne + Nagel (Goodman)',
    park: 'Star Park Halle',
    municipality: 'Halle (Saale)',
    type: 'logistics',
    areaM2: 70_000,
    status: 'reserved',
    sectors: ['logistics', 'automotive'],
  },
  {
    ref: 'Relaxdays (Segro)',
    name: 'Logistikzentrum Relaxdays (Segro)',
    park: 'Segro Logistics Park Leipzig Airport',
    municipality: 'Kabelsketal',
    type: 'logistics',
    areaM2: 86_000,
    status: 'reserved',
    sectors: ['logistics'],
  },
  {
    ref: 'Amazon logistics centre',
    name: 'Amazon-Logistikzentrum Gera',
    park: null,
    municipality: 'Gera',
    type: 'logistics',
    areaM2: 150_000,
    status: 'withdrawn',
    sectors: ['logistics'],
  },
  {
    ref: 'Amazon at LEJ',
    name: 'Amazon-Logistikhalle am Flughafen Leipzig/Halle',
    park: null,
    municipality: 'Schkeuditz',
    type: 'logistics',
    areaM2: 20_000,
    status: 'withdrawn',
    sectors: ['logistics', 'aviation'],
  },
  {
    ref: 'Garbe hall',
    name: 'Garbe-Halle Bitterfeld-Wolfen',
    park: null,
    municipality: 'Bitterfeld-Wolfen',
    type: 'logistics',
    areaM2: 40_000, // automotive tenant
    status: 'reserved',
    sectors: ['automotive', 'logistics'],
  },
  {
    ref: 'BMW logistics hall (own use)',
    name: 'BMW-Logistikhalle (Eigennutzung)',
    park: null,
    municipality: 'Leipzig',
    type: 'logistics',
    areaM2: 38_000,
    status: 'withdrawn',
    sectors: ['automotive', 'logistics'],
  },
  {
    ref: 'Garbe hall – Bravobike',
    name: 'Garbe-Halle Bravobike',
    park: null,
    municipality: 'Kabelsketal',
    type: 'production',
    areaM2: null, // size not given: illustrative
    yearBuilt: 2025, // production start July 2025, 70 staff
    status: 'reserved',
    sectors: ['metal', 'automotive'],
  },
  {
    ref: 'Rossmann logistics',
    name: 'Rossmann-Logistikzentrum Landsberg',
    park: null,
    municipality: 'Landsberg',
    type: 'logistics',
    areaM2: 26_000,
    status: 'withdrawn',
    sectors: ['logistics'],
  },
  {
    ref: 'Tesvolt expansion',
    name: 'Tesvolt-Erweiterung Wittenberg',
    park: null,
    municipality: 'Lutherstadt Wittenberg',
    type: 'production',
    areaM2: 12_000,
    status: 'withdrawn',
    sectors: ['energy'],
  },
  {
    ref: 'Dematic',
    name: 'Dematic-Halle Leipzig',
    park: null,
    municipality: 'Leipzig',
    type: 'production',
    areaM2: 18_000,
    status: 'reserved',
    sectors: ['logistics', 'metal'],
  },
  {
    ref: 'Rhenus (Ludwig Zander property)',
    name: 'Rhenus-Halle Halle-Ammendorf',
    park: null,
    municipality: 'Halle (Saale)',
    type: 'storage',
    areaM2: 10_000,
    plotM2: 35_000, // hall of about 10 000 m² on a 35 000 m² plot
    status: 'reserved',
    sectors: ['logistics'],
  },
  {
    ref: 'HDL Zentrum (multi-use hall)',
    name: 'HDL Zentrum (Mehrzweckhalle)',
    park: 'Güterverkehrszentrum (GVZ) Leipzig',
    municipality: 'Leipzig',
    type: 'multi',
    areaM2: 4_000,
    officeM2: 800,
    docks: 13, // 13 loading gates, 2 of them via a side ramp
    clearHeightM: 8.5, // "more than 8 m"
    divisibleM2: 500,
    yearBuilt: 2000,
    status: 'available',
    sectors: ['logistics'],
  },
  {
    ref: 'InfraLeuna workshop halls',
    name: 'Werkstatthallen InfraLeuna',
    park: 'Chemiestandort Leuna',
    municipality: 'Leuna',
    type: 'production',
    areaM2: 7_300, // three halls with office and social rooms
    divisibleM2: 2_000,
    status: 'available',
    sectors: ['chemicals', 'metal'],
  },
  {
    ref: 'Fernholz film production hall',
    name: 'Produktionshalle Fernholz (Folien)',
    park: 'ValuePark Schkopau',
    municipality: 'Schkopau',
    type: 'production',
    areaM2: 2_250, // extension for production and storage
    status: 'withdrawn',
    sectors: ['plastics'],
  },
];
