import { z } from './zod';
import {
  ags,
  bool,
  districtKey,
  englishText,
  isAllowedLink,
  isoDate,
  isoDateTime,
  jsonArray,
  km,
  linkDropReason,
  num,
  orNull,
  tagList,
  text,
} from './field-types';

/**
 * A place a news item, project or event refers to: a municipality (8-digit AGS), a district
 * (5-digit key), a park or a point (with an optional radius that makes it an area).
 */
export const locationRefSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ags'), ags }),
    z.object({ type: z.literal('district'), district: districtKey }),
    z.object({ type: z.literal('park'), park: text }),
    z.object({
      type: z.literal('point'),
      lat: num.pipe(z.number().min(-90).max(90)),
      lon: num.pipe(z.number().min(-180).max(180)),
      label: orNull(text),
      radius_km: orNull(km),
    }),
  ]),
);

/** A link as the server sends it; its scheme is checked by `withAllowedLinks`, not here. */
export const linkRefSchema = z.lazy(() => z.object({ href: z.string().trim().min(1), title: orNull(text) }));

/**
 * Keeps a record whose links have a scheme other than http, https or mailto, without those
 * links, and names each dropped one in `dropped_links` (reported, never rendered).
 */
function withAllowedLinks<P extends { links: { href: string }[]; url?: string | null }>(
  p: P,
): P & { dropped_links: string[] } {
  const dropped: string[] = [];
  const links = p.links.filter((l, i) => {
    if (isAllowedLink(l.href)) return true;
    dropped.push(linkDropReason(`links.${i}.href`, l.href));
    return false;
  });
  const url = p.url && !isAllowedLink(p.url) ? null : p.url;
  if (p.url && url === null) dropped.push(linkDropReason('url', p.url));
  return { ...p, links, ...('url' in p ? { url } : {}), dropped_links: dropped };
}

// The schemas below are built on their first parse (`z.lazy`), not when the app starts.
const contextBase = () => ({
  title: text,
  teaser: text,
  body: text,
  topics: tagList.default([]),
  locations: jsonArray(locationRefSchema).default([]),
  links: jsonArray(linkRefSchema).default([]),
  source: text,
  title_en: englishText,
  teaser_en: englishText,
  body_en: englishText,
  source_en: englishText,
  /**
   * The item concerns the whole region or a topic (a trade fair elsewhere, a programme for a Land):
   * the places it names are participants or examples, so it marks no site as having news.
   */
  region_wide: bool.default(false),
});

export const newsPropertiesSchema = z.lazy(() =>
  z
    .object({
      kind: z.literal('news'),
      date: isoDate,
      ...contextBase(),
    })
    .transform(withAllowedLinks),
);

export const projectPropertiesSchema = z.lazy(() =>
  z
    .object({
      kind: z.literal('project'),
      /** Start of the project or initiative; `date` mirrors it so both sort alike. */
      date: isoDate,
      end_date: orNull(isoDate),
      ...contextBase(),
    })
    .transform(withAllowedLinks),
);

/**
 * A dated event (Termin): `date` is the first day, `end_date` the last (null = one day), kept for
 * GIS clients and sorting; `start` / `end` give the times (Europe/Berlin offset; null = all day).
 */
export const eventPropertiesSchema = z.lazy(() =>
  z
    .object({
      kind: z.literal('event'),
      date: isoDate,
      end_date: orNull(isoDate),
      start: orNull(isoDateTime),
      end: orNull(isoDateTime),
      /** Where it takes place, as people name it (e.g. "Messe München"). */
      venue: orNull(text),
      venue_en: englishText,
      organizer: orNull(text),
      /** The organiser's page of the event (http, https or mailto; see `withAllowedLinks`). */
      url: orNull(z.string().trim().min(1)),
      ...contextBase(),
    })
    .transform(withAllowedLinks),
);

export type LocationRef = z.output<typeof locationRefSchema>;
export type LocationRefInput = z.input<typeof locationRefSchema>;
export type EventProperties = z.output<typeof eventPropertiesSchema>;
export type NewsProperties = z.output<typeof newsPropertiesSchema>;
export type ProjectProperties = z.output<typeof projectPropertiesSchema>;
