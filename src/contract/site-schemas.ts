import { z } from './zod';
import {
  ags,
  bool,
  englishText,
  isoDate,
  jsonArray,
  km,
  nonNegative,
  num,
  orNull,
  stateCode,
  tagList,
  text,
  wholeM2,
} from './field-types';

/**
 * The properties of a site feature (plot or hall), in the stable snake_case names that
 * the API, the CSV export and docs/api.md share. Parsing normalises lenient spellings.
 */

/** A larger town near a site, with its population and great-circle distance. */
export const nearbyTownSchema = z.lazy(() =>
  z.object({
    name: text,
    population: num.pipe(z.number().int().min(0)),
    km,
  }),
);

/**
 * The place around a site (computed by the data build from GeoNames places and the district
 * table). All optional: a foreign backend without them still validates.
 */
function siteProfileProperties() {
  const people = orNull(num.pipe(z.number().int().min(0)));
  return {
    pop_30km: people,
    pop_60km: people,
    nearest_towns: jsonArray(nearbyTownSchema).default([]),
    district_population: people,
    district_area_km2: orNull(num.pipe(z.number().positive())),
  };
}

export const ZONINGS = ['GI', 'GE', 'GEe', 'SO', 'MI'] as const;
export const PLANNING_STATUSES = ['binding_plan', 'plan_in_preparation', 'land_use_plan_only'] as const;
export const DEVELOPMENT_STATUSES = ['developed', 'partly_developed', 'undeveloped'] as const;
export const SITE_STATUSES = ['available', 'reserved', 'withdrawn'] as const;
export const OFFER_TYPES = ['rent', 'sale', 'both'] as const;

// The property schemas are built on their first parse (`z.lazy`), not when the app starts:
// building them was a fifth of the start script's evaluation on a phone.
const commonProperties = () => ({
  name: text,
  park: orNull(text),
  municipality: text,
  ags: orNull(ags),
  district: text,
  state: stateCode,
  area_m2: wholeM2,
  total_area_m2: orNull(wholeM2),
  price_eur_m2: orNull(nonNegative),
  price_on_request: bool.default(false),
  rent_eur_m2_month: orNull(nonNegative),
  available_from: orNull(isoDate),
  status: z.enum(SITE_STATUSES).default('available'),
  data_as_of: isoDate,
  /** The day the site was first listed (its "Neu" badge); null = unknown. */
  listed_since: orNull(isoDate),
  lat: num.pipe(z.number().min(-90).max(90)),
  lon: num.pipe(z.number().min(-180).max(180)),
  park_area_m2: orNull(wholeM2),
  junction_name: orNull(text),
  junction_autobahn: orNull(z.string().regex(/^A\d{1,3}$/, 'Autobahn like A9')),
  junction_km: orNull(km),
  airport_name: orNull(text),
  airport_km: orNull(km),
  rail_siding: bool.default(false),
  /** Available grid connection capacity (Netzanschlusskapazität) in MVA; null = unknown. */
  power_mva: orNull(nonNegative),
  sector_tags: tagList.default([]),
  contact_org: orNull(text),
  contact_role: orNull(text),
  contact_email: orNull(z.email()),
  contact_phone: orNull(text),
  source: text,
  position_approximate: bool.default(true),
  // English versions of the human texts. Names of places have none (they stay as they are); a park
  // has one where its label describes the place ("Gewerbefläche am Flughafen Dresden") rather than
  // names a brand ("Star Park Halle").
  name_en: englishText,
  park_en: englishText,
  contact_org_en: englishText,
  contact_role_en: englishText,
  source_en: englishText,
  ...siteProfileProperties(),
});

export const plotPropertiesSchema = z.lazy(() =>
  z.object({
    kind: z.literal('plot'),
    ...commonProperties(),
    largest_contiguous_m2: orNull(wholeM2),
    divisible_from_m2: orNull(wholeM2),
    zoning: z.enum(ZONINGS),
    planning_status: z.enum(PLANNING_STATUSES),
    development_status: z.enum(DEVELOPMENT_STATUSES),
    operation_24h: bool.default(false),
  }),
);

export const hallPropertiesSchema = z.lazy(() =>
  z.object({
    kind: z.literal('hall'),
    ...commonProperties(),
    office_area_m2: orNull(wholeM2),
    divisible_from_m2: orNull(wholeM2),
    clear_height_m: orNull(num.pipe(z.number().min(0).max(60))),
    floor_load_t_m2: orNull(num.pipe(z.number().min(0).max(100))),
    loading_docks: orNull(num.pipe(z.number().int().min(0))),
    ground_level_doors: orNull(num.pipe(z.number().int().min(0))),
    crane_t: orNull(num.pipe(z.number().min(0))),
    heated: bool.default(false),
    sprinkler: bool.default(false),
    offer_type: z.enum(OFFER_TYPES),
    sale_price_eur: orNull(nonNegative),
    year_built: orNull(num.pipe(z.number().int().min(1800).max(2100))),
  }),
);

export type PlotProperties = z.output<typeof plotPropertiesSchema>;
export type HallProperties = z.output<typeof hallPropertiesSchema>;
export type PlotPropertiesInput = z.input<typeof plotPropertiesSchema>;
export type HallPropertiesInput = z.input<typeof hallPropertiesSchema>;
export type SiteKind = 'plot' | 'hall';
export type NearbyTown = z.output<typeof nearbyTownSchema>;
export type Zoning = (typeof ZONINGS)[number];
export type SiteStatus = (typeof SITE_STATUSES)[number];
