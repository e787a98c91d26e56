import { featureColumnsSchema } from './feature-columns';
import { z } from './zod';

/**
 * OGC API – Features, Part 1 (Core): the envelopes. Features are validated one by one.
 * Each schema is built on its first parse (`z.lazy`), not when the app starts.
 */

export const linkSchema = z.lazy(() =>
  z.object({
    href: z.string().min(1),
    rel: z.string().min(1),
    type: z.string().optional(),
    title: z.string().optional(),
  }),
);

export const landingPageSchema = z.lazy(() =>
  z.object({
    title: z.string().optional(),
    description: z.string().optional(),
    links: z.array(linkSchema),
  }),
);

export const collectionSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    title: z.string().optional(),
    description: z.string().optional(),
    links: z.array(linkSchema),
    extent: z.unknown().optional(),
    itemType: z.string().optional(),
  }),
);

export const collectionsSchema = z.lazy(() =>
  z.object({
    links: z.array(linkSchema),
    collections: z.array(collectionSchema),
  }),
);

const pageMembers = () => ({
  links: z.array(linkSchema).optional().default([]),
  numberMatched: z.number().int().min(0).optional(),
  numberReturned: z.number().int().min(0).optional(),
  timeStamp: z.string().optional(),
});

/** A page of items: a GeoJSON FeatureCollection, or a column page (src/contract/feature-columns.ts). */
export const featureCollectionPageSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()), ...pageMembers() }),
    z.object({ type: z.literal('FeatureColumns'), features: featureColumnsSchema, ...pageMembers() }),
  ]),
);

export const conformanceSchema = z.lazy(() => z.object({ conformsTo: z.array(z.string()) }));

export type OgcLink = z.infer<typeof linkSchema>;
export type LandingPage = z.infer<typeof landingPageSchema>;
export type Collection = z.infer<typeof collectionSchema>;
export type Collections = z.infer<typeof collectionsSchema>;
export type FeatureCollectionPage = z.output<typeof featureCollectionPageSchema>;

export const COLLECTION_IDS = ['plots', 'halls', 'news', 'projects', 'events'] as const;
export type SampleCollectionId = (typeof COLLECTION_IDS)[number];
