import { z } from '../lib/zod';

const position = z.tuple([z.number().finite(), z.number().finite()]).rest(z.number());
const ring = z.array(position).min(4, 'a ring has at least 4 positions');

export const pointSchema = z.object({ type: z.literal('Point'), coordinates: position });
export const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});

export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);

export type Position = z.infer<typeof position>;
export type PointGeometry = z.infer<typeof pointSchema>;
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;
export type SiteGeometry = PointGeometry | AreaGeometry;

/** GeoJSON feature ids: OGC servers may use numbers; inside the app they are strings. */
export const featureId = z.union([z.string().min(1), z.number().int()]).transform(String);
