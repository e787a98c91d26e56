import { z } from 'zod';
import { ags, isoDate, num, orNull, tagList, text } from './field-types';

/** A place a news item or project refers to: a municipality (AGS), a park or a point. */
export const locationRefSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ags'), ags }),
  z.object({ type: z.literal('park'), park: text }),
  z.object({
    type: z.literal('point'),
    lat: num.pipe(z.number().min(-90).max(90)),
    lon: num.pipe(z.number().min(-180).max(180)),
    label: orNull(text),
  }),
]);

export const linkRefSchema = z.object({ href: z.url(), title: orNull(text) });

/** GIS servers flatten nested values to JSON strings; accept both. */
const jsonArray = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  }, z.array(item));

const contextBase = {
  title: text,
  teaser: text,
  body: text,
  topics: tagList.default([]),
  locations: jsonArray(locationRefSchema).default([]),
  links: jsonArray(linkRefSchema).default([]),
  source: text,
};

export const newsPropertiesSchema = z.object({
  kind: z.literal('news'),
  date: isoDate,
  ...contextBase,
});

export const projectPropertiesSchema = z.object({
  kind: z.literal('project'),
  /** Start of the project or initiative; `date` mirrors it so both sort alike. */
  date: isoDate,
  end_date: orNull(isoDate),
  ...contextBase,
});

export type LocationRef = z.output<typeof locationRefSchema>;
export type NewsProperties = z.output<typeof newsPropertiesSchema>;
export type ProjectProperties = z.output<typeof projectPropertiesSchema>;
