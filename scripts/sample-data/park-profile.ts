import type { PLANNING_STATUSES, DEVELOPMENT_STATUSES, Zoning } from '../../src/contract/site-schemas';

export type PlanningStatus = (typeof PLANNING_STATUSES)[number];
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

/** Small sector vocabulary shared by plots, halls and the synthetic data. */
export const SECTORS = [
  'logistics',
  'automotive',
  'chemicals',
  'hydrogen',
  'semiconductors',
  'energy',
  'food',
  'metal',
  'aviation',
  'recycling',
  'research',
  'pharma',
  'bioeconomy',
  'plastics',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * How the build turns one reference park into illustrative plots. Every value here is a
 * plausible assumption derived from the park's notes, not a published figure, unless a
 * comment names the reference fact it follows.
 */
export interface ParkProfile {
  /** The park's `name` in data/reference/parks.csv, exactly. */
  ref: string;
  /** Display name in the data (German). */
  name: string;
  /** Slug used in feature ids, e.g. gf-leipzig-gvz-01. */
  slug: string;
  /** Key into municipalities.ts; its state wins over the CSV state for border parks. */
  municipality: string;
  /** Number of plots (1–8). */
  plots: number;
  /** Range of plot sizes in hectares. */
  plotHa: readonly [number, number];
  /** Exact plot sizes in hectares, overriding plots/plotHa. */
  fixedHa?: readonly number[];
  /** Upper bound for the sum of the plots (ha), e.g. the free area named in the notes. */
  maxSumHa?: number;
  /** Overrides the size parsed from total_size (ha); null: no stated size. */
  parkHa?: number | null;
  zoning: readonly (readonly [Zoning, number])[];
  planning: PlanningStatus;
  development: DevelopmentStatus;
  /** Range of land prices in €/m². */
  price: readonly [number, number];
  sectors: readonly Sector[];
  /** Probability that a plot has a rail siding. */
  rail: number;
  /** Probability that 24/7 operation is allowed. */
  h24: number;
  /** Years between which plots become available. */
  availableYears: readonly [number, number];
  /** Contact organisation; default: the district's business development agency. */
  contactOrg?: string;
  /** 1-based plot numbers that are withdrawn from the market. */
  withdrawn?: readonly number[];
  /** 1-based plot numbers that are reserved. */
  reserved?: readonly number[];
  /** Half-width of the area the plots are spread over (m); default from the plot sizes. */
  radiusM?: number;
}
