import { z } from './zod';

// Built on first parse (`z.lazy`), not when the app starts. WGS 84 longitude and latitude, range-checked:
// a corner at [500, -200] or 1e308 would stretch every bounding box and cluster grid it joins.
const position = z.lazy(() =>
  z
    .tuple([
      z.number().min(-180, 'longitude out of range').max(180, 'longitude out of range'),
      z.number().min(-90, 'latitude out of range').max(90, 'latitude out of range'),
    ])
    .rest(z.number()),
);
const ring = () => z.array(position).min(4, 'a ring has at least 4 positions');

export const pointSchema = z.lazy(() => z.object({ type: z.literal('Point'), coordinates: position }));
const polygon = () => z.object({ type: z.literal('Polygon'), coordinates: z.array(ring()).min(1) });
const multiPolygon = () =>
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring()).min(1)).min(1),
  });

export const areaGeometrySchema = z.lazy(() => z.discriminatedUnion('type', [polygon(), multiPolygon()]));

export type Position = z.infer<typeof position>;
export type PointGeometry = z.infer<typeof pointSchema>;
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;
export type SiteGeometry = PointGeometry | AreaGeometry;

/** GeoJSON feature ids: OGC servers may use numbers; inside the app they are strings. */
export const featureId = z.lazy(() => z.union([z.string().min(1), z.number().int()]).transform(String));
