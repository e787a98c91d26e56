import { z } from './zod';
import { areaGeometrySchema, featureId, pointSchema } from './geometry-schemas';
import { eventPropertiesSchema, newsPropertiesSchema, projectPropertiesSchema } from './context-schemas';
import { hallPropertiesSchema, plotPropertiesSchema } from './site-schemas';

/** A GeoJSON feature, built on its first parse (`z.lazy`), not when the app starts. */
const feature = <G extends z.ZodTypeAny, P extends z.ZodTypeAny>(geometry: () => G, properties: P) =>
  z.lazy(() => z.object({ type: z.literal('Feature'), id: featureId, geometry: geometry(), properties }));

export const plotFeatureSchema = feature(() => areaGeometrySchema, plotPropertiesSchema);
/** Halls are points; a server may also hand a footprint polygon, which is accepted. */
export const hallFeatureSchema = feature(
  () => z.union([pointSchema, areaGeometrySchema]),
  hallPropertiesSchema,
);
export const newsFeatureSchema = feature(() => z.union([pointSchema, z.null()]), newsPropertiesSchema);
export const projectFeatureSchema = feature(() => z.union([pointSchema, z.null()]), projectPropertiesSchema);
export const eventFeatureSchema = feature(() => z.union([pointSchema, z.null()]), eventPropertiesSchema);

export type PlotFeature = z.output<typeof plotFeatureSchema>;
export type HallFeature = z.output<typeof hallFeatureSchema>;
export type NewsFeature = z.output<typeof newsFeatureSchema>;
export type ProjectFeature = z.output<typeof projectFeatureSchema>;
export type EventFeature = z.output<typeof eventFeatureSchema>;
export type SiteFeature = PlotFeature | HallFeature;
