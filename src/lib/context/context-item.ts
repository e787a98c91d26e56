import type { LocationRef } from '@/contract/context-schemas';

export type ContextKind = 'news' | 'project' | 'event';

/** A validated news item, project or event as the app uses it. */
export interface ContextItem {
  id: string;
  kind: ContextKind;
  /** Publication date (news) or first day (projects, events), `YYYY-MM-DD`. */
  date: string;
  /** Last day of a project or event; null = open or one day. */
  endDate: string | null;
  title: string;
  teaser: string;
  /** Plain text, rendered as text. */
  body: string;
  topics: string[];
  locations: LocationRef[];
  links: { href: string; title: string | null }[];
  source: string;
  /** Events: the venue as people name it. */
  venue: string | null;
  /** Events: start and end as ISO 8601 with offset; null = all day (by `date` / `endDate`). */
  start: string | null;
  end: string | null;
  /** Events: who organises it, and its own page (http/https). */
  organizer: string | null;
  url: string | null;
  /** About the region or a topic as a whole: marks no site as having news. */
  regionWide: boolean;
  /** The item's own point (its geometry), or null. */
  point: { lat: number; lon: number } | null;
  /** English versions of the texts (null = German only); read through `localizedText`. */
  title_en?: string | null;
  teaser_en?: string | null;
  body_en?: string | null;
  source_en?: string | null;
  venue_en?: string | null;
}
