import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataset, sampleDataset, type OgcFeature, type OgcFeatureCollection } from '@mocks/dataset';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

const CONTEXT_TEXTS = ['title', 'teaser', 'body'] as const;

/** A news item without English, and a plot whose name has none: both must show the German, marked. */
const germanOnlyNews = sampleDataset.news.features[0]!;
const germanOnlyPlot = sampleDataset.plots.features[1]!;

const mapFeatures = (c: OgcFeatureCollection, edit: (f: OgcFeature) => Record<string, unknown>) => ({
  ...c,
  features: c.features.map((f) => ({ ...f, properties: edit(f) })),
});

/**
 * The sample data, where every context item but one has English texts: the real ones where the
 * data has them, otherwise stand-ins that share no words with the German.
 */
const withEnglishContext = (c: OgcFeatureCollection) =>
  mapFeatures(c, (f) => {
    const p = { ...f.properties };
    if (f.id === germanOnlyNews.id) return { ...p, title_en: null, teaser_en: null, body_en: null };
    for (const field of CONTEXT_TEXTS) p[`${field}_en`] ??= `English ${field} of ${String(f.id)}`;
    return p;
  });

const dataset = createDataset({
  plots: mapFeatures(sampleDataset.plots, (f) =>
    f.id === germanOnlyPlot.id ? { ...f.properties, name_en: null } : { ...f.properties },
  ),
  halls: sampleDataset.halls,
  news: withEnglishContext(sampleDataset.news),
  projects: withEnglishContext(sampleDataset.projects),
  events: withEnglishContext(sampleDataset.events),
});

serveDuringTests(dataset);
beforeEach(() => localStorage.clear());

/** Strings the data also holds where no English exists (park names, link titles): they may show. */
const languageNeutral = (() => {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') found.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [key, value] of Object.entries(v))
        if (!key.endsWith('_en') && !(`${key}_en` in v)) walk(value);
  };
  for (const collection of Object.values(dataset)) for (const f of collection.features) walk(f.properties);
  return found;
})();

/** Every German text of the served data that has a different English version. */
const germanWithEnglish = (() => {
  const found = new Set<string>();
  for (const collection of Object.values(dataset))
    for (const { properties: p } of collection.features)
      for (const [key, english] of Object.entries(p ?? {})) {
        const german = p?.[key.replace(/_en$/, '')];
        if (
          key.endsWith('_en') &&
          typeof english === 'string' &&
          typeof german === 'string' &&
          // An English text that keeps the German name and explains it ("X (gloss)") may show it.
          !english.includes(german)
        )
          found.add(german);
      }
  return [...found].filter((german) => !languageNeutral.has(german));
})();

/** The page's visible text and accessible names. */
const pageText = () =>
  [
    document.body.textContent ?? '',
    ...[...document.body.querySelectorAll('[aria-label],[title]')].flatMap((el) => [
      el.getAttribute('aria-label') ?? '',
      el.getAttribute('title') ?? '',
    ]),
  ].join('\n');

const plot = sampleDataset.plots.features[0]!;
const hall = sampleDataset.halls.features[0]!;
const ids = `plots/${String(plot.id)},halls/${String(hall.id)}`;

describe('the English app shows no German text that has an English version', () => {
  it('the fixture has German texts with English versions of sites and of context items', () => {
    expect(germanWithEnglish).toContain(String(plot.properties?.name));
    expect(germanWithEnglish).toContain(String(sampleDataset.news.features[1]!.properties?.title));
    expect(germanWithEnglish.length).toBeGreaterThan(300);
  });

  it.each([
    ['/?lang=en', /\d+ plots · \d+ halls/],
    [`/sites/plots/${String(plot.id)}?lang=en`, /Available area/],
    [`/sites/halls/${String(hall.id)}?lang=en`, /Clear height/],
    [`/shortlist?ids=${ids}&lang=en`, /Shared shortlist/],
    [`/compare?ids=${ids}&lang=en`, /Compare/],
    ['/news?lang=en', /news item/],
    ['/projects?lang=en', /Central German hydrogen network/],
    ['/events?lang=en', /EXPO REAL 2027 – joint stand/],
  ])('%s', async (url, loaded) => {
    renderApp(url);
    await waitFor(() => expect(document.body.textContent).toMatch(loaded), { timeout: 5000 });
    const text = pageText();
    expect(germanWithEnglish.filter((german) => text.includes(german))).toEqual([]);
  });

  it('the check sees German: the same site page in German is flagged', async () => {
    renderApp(`/sites/plots/${String(plot.id)}`);
    await waitFor(() => expect(document.body.textContent).toMatch(/Verfügbare Fläche/), { timeout: 5000 });
    const text = pageText();
    expect(germanWithEnglish.filter((german) => text.includes(german)).length).toBeGreaterThan(3);
  });
});

describe('a park named by what it is', () => {
  const described = sampleDataset.plots.features.find(
    (f) => f.properties?.park === 'Gewerbefläche am Flughafen Dresden',
  )!;

  it("reads in English on the site page, with its plot's name", async () => {
    renderApp(`/sites/plots/${String(described.id)}?lang=en`);
    await waitFor(() => expect(document.body.textContent).toMatch(/Available area/), { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(
      /^Commercial land at Dresden Airport – Plot/,
    );
    expect(document.body.textContent).not.toContain('Gewerbefläche am Flughafen Dresden');
  });

  it('reads in English on its result card', async () => {
    renderApp('/?lang=en&q=Dresden');
    const card = await screen.findByRole(
      'link',
      { name: /Commercial land at Dresden Airport – Plot 1/ },
      { timeout: 5000 },
    );
    const place = card.closest('article')!.querySelector('.site-card__place')!;
    expect(place.textContent).toBe('Dresden · Commercial land at Dresden Airport');
  });

  it('keeps its German label in the German interface', async () => {
    renderApp(`/sites/plots/${String(described.id)}`);
    await waitFor(() => expect(document.body.textContent).toMatch(/Verfügbare Fläche/), { timeout: 5000 });
    expect(document.body.textContent).toContain('Gewerbefläche am Flughafen Dresden');
  });
});

describe('a text without English', () => {
  it('shows the German site name marked "German only" with lang="de"', async () => {
    renderApp(`/sites/plots/${String(germanOnlyPlot.id)}?lang=en`);
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveTextContent(String(germanOnlyPlot.properties?.name)));
    expect(heading).toHaveTextContent('(German only)');
    expect(heading.querySelector('[lang="de"]')).toHaveTextContent(String(germanOnlyPlot.properties?.name));
  });

  it('shows the German news title marked "German only" with lang="de"', async () => {
    renderApp('/news?lang=en');
    const title = await waitFor(
      () => {
        const el = document.getElementById(`${String(germanOnlyNews.id)}-title`);
        expect(el).not.toBeNull();
        return el!;
      },
      { timeout: 5000 },
    );
    expect(title.querySelector('[lang="de"]')).toHaveTextContent(String(germanOnlyNews.properties?.title));
    expect(title).toHaveTextContent('(German only)');
  });

  it('shows no mark in the German interface', async () => {
    renderApp(`/sites/plots/${String(germanOnlyPlot.id)}`);
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveTextContent(String(germanOnlyPlot.properties?.name)));
    expect(document.body.textContent).not.toMatch(/German only|nur auf Deutsch/);
    expect(heading.querySelector('[lang]')).toBeNull();
  });
});
