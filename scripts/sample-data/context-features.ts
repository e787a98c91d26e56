import type { z } from 'zod';
import type {
  eventPropertiesSchema,
  newsPropertiesSchema,
  projectPropertiesSchema,
} from '../../src/contract/context-schemas';
import type { ContextItem } from './context-item';
import { NEWS_2016_2021 } from './news-2016-2021';
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
const common = (item: ContextItem, texts: EnglishTexts) => ({
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
});

const byDate = (a: ContextItem, b: ContextItem) =>
  a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);

export function buildNews(): ContextFeatureOut<NewsInput>[] {
  return [...NEWS_2016_2021, ...NEWS_MORE, ...NEWS_2022_2025, ...NEWS_2026].sort(byDate).map((item) => ({
    type: 'Feature',
    id: `news-${item.slug}`,
    geometry: geometryOf(item),
    properties: { kind: 'news', date: item.date, ...common(item, NEWS_EN) },
  }));
}

export function buildProjects(): ContextFeatureOut<ProjectInput>[] {
  return [...PROJECTS_A, ...PROJECTS_B].sort(byDate).map((item) => ({
    type: 'Feature',
    id: `proj-${item.slug}`,
    geometry: geometryOf(item),
    properties: {
      kind: 'project',
      date: item.date,
      end_date: item.endDate ?? null,
      ...common(item, PROJECTS_EN),
    },
  }));
}

export function buildEvents(): ContextFeatureOut<EventInput>[] {
  return [...EVENTS].sort(byDate).map((item) => ({
    type: 'Feature',
    id: `event-${item.slug}`,
    geometry: geometryOf(item),
    properties: {
      kind: 'event',
      date: item.date,
      end_date: item.endDate ?? null,
      venue: item.venue ?? null,
      // A venue without descriptive words is a place's name, the same in both languages.
      venue_en: EVENTS_EN[item.slug]?.venue ?? item.venue ?? null,
      ...common(item, EVENTS_EN),
    },
  }));
}
