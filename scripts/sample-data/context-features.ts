import type { z } from 'zod';
import type {
  eventPropertiesSchema,
  newsPropertiesSchema,
  projectPropertiesSchema,
} from '../../src/contract/context-schemas';
import type { ContextItem } from './context-item';
import { NEWS_2016_2021 } from './news-2016-2021';
import { berlinIso } from '../../src/lib/calendar/berlin-time';
import { EVENT_DETAILS, REGION_WIDE } from './event-details';
import { EVENTS } from './events';
import { NEWS_2022_2025 } from './news-2022-2025';
import { NEWS_2026 } from './news-2026';
import { NEWS_MORE } from './news-more';
import { PROJECTS_A } from './projects-a';
import { PROJECTS_B } from './projects-b';
import { englishSource } from './site-texts-en';
import { EVENTS_EN } from './texts-en/events';
import { NEWS_EN } from './texts-en/news';
import { PROJECTS_EN } from './texts-en/projects';
import type { EnglishTexts } from './texts-en/types';

type NewsInput = z.input<typeof newsPropertiesSchema>;
type ProjectInput = z.input<typeof projectPropertiesSchema>;
type EventInput = z.input<typeof eventPropertiesSchema>;

export interface ContextFeatureOut<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: P;
}

const geometryOf = (item: ContextItem) =>
  item.point === null
    ? null
    : { type: 'Point' as const, coordinates: [item.point[1], item.point[0]] as [number, number] };

// A missing English text is null (the app then shows the German with a mark), never a build error.
const common = (item: ContextItem, id: string, texts: EnglishTexts) => ({
  title: item.title,
  teaser: item.teaser,
  body: item.body,
  topics: [...item.topics],
  locations: [...item.locations],
  links: [...item.links],
  source: item.source,
  title_en: texts[item.slug]?.title ?? null,
  teaser_en: texts[item.slug]?.teaser ?? null,
  body_en: texts[item.slug]?.body ?? null,
  source_en: englishSource(item.source),
  region_wide: REGION_WIDE.has(id),
});

const byDate = (a: ContextItem, b: ContextItem) =>
  a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);

export function buildNews(): ContextFeatureOut<NewsInput>[] {
  return [...NEWS_2016_2021, ...NEWS_MORE, ...NEWS_2022_2025, ...NEWS_2026].sort(byDate).map((item) => {
    const id = `news-${item.slug}`;
    return {
      type: 'Feature',
      id,
      geometry: geometryOf(item),
      properties: { kind: 'news', date: item.date, ...common(item, id, NEWS_EN) },
    };
  });
}

export function buildProjects(): ContextFeatureOut<ProjectInput>[] {
  return [...PROJECTS_A, ...PROJECTS_B].sort(byDate).map((item) => {
    const id = `proj-${item.slug}`;
    return {
      type: 'Feature',
      id,
      geometry: geometryOf(item),
      properties: {
        kind: 'project',
        date: item.date,
        end_date: item.endDate ?? null,
        ...common(item, id, PROJECTS_EN),
      },
    };
  });
}

export function buildEvents(): ContextFeatureOut<EventInput>[] {
  return [...EVENTS].sort(byDate).map((item) => {
    const id = `event-${item.slug}`;
    const details = EVENT_DETAILS[item.slug];
    if (!details) throw new Error(`no start time for event ${item.slug} (event-details.ts)`);
    return {
      type: 'Feature',
      id,
      geometry: geometryOf(item),
      properties: {
        kind: 'event',
        date: item.date,
        end_date: item.endDate ?? null,
        start: berlinIso(details.start),
        end: details.end === null ? null : berlinIso(details.end),
        venue: item.venue ?? null,
        // A venue without descriptive words is a place's name, the same in both languages.
        venue_en: EVENTS_EN[item.slug]?.venue ?? item.venue ?? null,
        organizer: details.organizer,
        url: details.url,
        ...common(item, id, EVENTS_EN),
      },
    };
  });
}
