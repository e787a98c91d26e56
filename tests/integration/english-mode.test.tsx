import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '@mocks/dataset';
import { de } from '@/lib/i18n/locales/de';
import { en } from '@/lib/i18n/locales/en';
import { fakeCreateMapModule } from '../support/fake-map';
import { serveDuringTests } from '../support/mock-server';
import { renderApp } from '../support/render-app';

vi.mock('@/lib/map/create-map', () => fakeCreateMapModule());

serveDuringTests(sampleDataset);
beforeEach(() => localStorage.clear());

/** Every string in the sample data (names of parks, towns, news texts are German and stay so). */
const dataStrings = (() => {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.trim().length >= 2) found.add(v.trim());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(sampleDataset);
  return [...found].sort((a, b) => b.length - a.length);
})();

/** German catalogue texts (their parts between placeholders) that English words differently. */
const germanFragments = (() => {
  const leaves = (o: object, p = ''): [string, string][] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v ? leaves(v as object, `${p}${k}.`) : [[`${p}${k}`, String(v)]],
    );
  const english = new Map(leaves(en));
  const englishTexts = [...english.values()];
  return leaves(de)
    .filter(([k, v]) => english.get(k) !== v)
    .flatMap(([, v]) => v.split(/\{\{[^}]*\}\}/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && !englishTexts.some((e) => e.includes(s)));
})();

const GERMAN_WORDS = /\b(und|oder|nicht|mit|für|von|bis|Fläche|Flächen|Hallen|Standorte?|Merkliste|Seite)\b/;

/** Visible text and accessible names on the page, with every sample-data string taken out. */
function uiTexts(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(el.getAttribute(a) ?? '');
  return texts
    .map((text) => {
      let rest = text;
      for (const s of dataStrings) if (rest.includes(s)) rest = rest.split(s).join(' ');
      return rest.trim();
    })
    .filter((t) => t !== '');
}

function germanLeftIn(texts: string[]): string[] {
  return texts.filter(
    (t) => GERMAN_WORDS.test(t) || /[äöüß„]/.test(t) || germanFragments.some((g) => t.includes(g)),
  );
}

const plot = sampleDataset.plots.features[0]!;
const hall = sampleDataset.halls.features[0]!;
const ids = `plots/${String(plot.id)},halls/${String(hall.id)}`;

describe('English mode leaves no German in the interface', () => {
  it.each([
    ['/?lang=en', /\d+ plots · \d+ halls/],
    ['/?near=leipzig&junction_km_max=20&rail=1&lang=en', /km from Leipzig/],
    [`/sites/plots/${String(plot.id)}?lang=en`, /Available area/],
    [`/shortlist?ids=${ids}&lang=en`, /Shared shortlist/],
    [`/compare?ids=${ids}&lang=en`, /Compare/],
    ['/news?lang=en', /news item/],
    ['/projects?lang=en', /project/i],
    ['/events?lang=en', /event/i],
  ])('%s', async (url, loaded) => {
    renderApp(url);
    await waitFor(() => expect(document.body.textContent).toMatch(loaded), { timeout: 5000 });
    expect(screen.queryByText(/Standorte werden geladen/)).toBeNull();
    expect(germanLeftIn(uiTexts())).toEqual([]);
  });

  it('the check sees German: the same page in German is flagged', async () => {
    renderApp('/');
    await waitFor(() => expect(document.body.textContent).toMatch(/\d+ Flächen/));
    expect(germanLeftIn(uiTexts()).length).toBeGreaterThan(5);
  });
});
