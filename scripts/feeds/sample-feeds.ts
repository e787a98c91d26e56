import type { Dataset } from '../../mocks/dataset';
import { hallFeatureSchema, newsFeatureSchema, plotFeatureSchema } from '../../src/contract/feature-schemas';
import { berlinIso } from '../../src/lib/calendar/berlin-time';
import { writeAtom, type AtomEntry, type AtomFeed } from './atom';

/**
 * The Atom feeds of a dataset: new and updated sites, and regional news, one feed per language
 * (`feeds/sites.atom` German, `feeds/sites.en.atom` English, likewise news). An entry whose text
 * exists only in German carries `xml:lang="de"` in the English feed. With the app's public address
 * the links are absolute; without, they are relative to `xml:base="../"` (the app beside feeds/).
 */
export const FEED_FILES = ['sites.atom', 'sites.en.atom', 'news.atom', 'news.en.atom'] as const;
/** The newest this many sites (by listing or data date) make the sites feed. */
export const SITES_IN_FEED = 50;
const FALLBACK_AUTHORITY = 'standortfinder-mitteldeutschland.invalid';
const APP = 'Standortfinder Mitteldeutschland';

type Lang = 'de' | 'en';

const WORDS = {
  de: {
    sites: 'Neue und aktualisierte Standorte',
    news: 'Meldungen aus der Region',
    listed: 'gelistet seit',
    asOf: 'Datenstand',
  },
  en: {
    sites: 'New and updated sites',
    news: 'Regional news',
    listed: 'listed since',
    asOf: 'data as of',
  },
} as const;

interface Place {
  /** Absolute base of the app (`https://host/`), or null: relative links. */
  publicUrl: string | null;
  authority: string;
}

/** The app's public address, normalised to end in `/`; null when unset or not http(s). */
export function placeOf(publicUrl: string | undefined): Place {
  const raw = publicUrl?.trim();
  if (!raw || !/^https?:\/\//u.test(raw)) return { publicUrl: null, authority: FALLBACK_AUTHORITY };
  const url = new URL(raw.replace(/\/*$/u, '/'));
  return { publicUrl: url.href, authority: url.hostname };
}

const tag = (place: Place, path: string) => `tag:${place.authority},2026:${path}`;
const href = (place: Place, path: string) => (place.publicUrl ? new URL(path, place.publicUrl).href : path);
/** A page of the app in the feed's language: the English feed's links open the English page. */
const pageHref = (place: Place, lang: Lang, path: string, hash = '') =>
  href(place, `${path}${lang === 'en' ? '?lang=en' : ''}${hash}`);
const dayTime = (day: string) => berlinIso(`${day}T00:00`);
/** An English text where the record has one (`title_en` …), else the German one with its language. */
const textOf = (p: Record<string, unknown>, field: string, lang: Lang) => {
  const en = p[`${field}_en`];
  return lang === 'en' && typeof en === 'string' && en.trim() !== ''
    ? { text: en, lang: 'en' }
    : { text: String(p[field]), lang: 'de' };
};

function feedOf(place: Place, lang: Lang, name: 'sites' | 'news', entries: AtomEntry[]): AtomFeed {
  const file = `feeds/${name}${lang === 'en' ? '.en' : ''}.atom`;
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? dayTime('2026-01-01');
  return {
    id: tag(place, `${name}/${lang}`),
    title: `${APP}: ${WORDS[lang][name]}`,
    lang,
    ...(place.publicUrl ? {} : { base: '../' }),
    updated,
    author: APP,
    links: [
      { rel: 'self', type: 'application/atom+xml', href: href(place, file) },
      { rel: 'alternate', type: 'text/html', href: pageHref(place, lang, name === 'news' ? 'news' : './') },
    ],
    // An entry names its language only where it differs from the feed's.
    entries: entries.map(({ lang: entryLang, ...e }) => (entryLang === lang ? e : { ...e, lang: entryLang })),
  };
}

function siteEntries(dataset: Dataset, place: Place, lang: Lang): AtomEntry[] {
  const sites = [
    ...dataset.plots.features.map((f) => ['plots', plotFeatureSchema.safeParse(f)] as const),
    ...dataset.halls.features.map((f) => ['halls', hallFeatureSchema.safeParse(f)] as const),
  ].flatMap(([collection, r]) => (r.success ? [{ collection, ...r.data }] : []));
  const changed = (p: { data_as_of: string; listed_since: string | null }) =>
    p.listed_since && p.listed_since > p.data_as_of ? p.listed_since : p.data_as_of;
  return sites
    .map((s) => ({ s, day: changed(s.properties) }))
    .sort((a, b) => b.day.localeCompare(a.day) || a.s.id.localeCompare(b.s.id))
    .slice(0, SITES_IN_FEED)
    .map(({ s, day }) => {
      const p = s.properties;
      const name = textOf(p, 'name', lang);
      const words = WORDS[lang];
      const summary = [
        p.municipality,
        `${p.area_m2.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB')} m²`,
        ...(p.listed_since ? [`${words.listed} ${p.listed_since}`] : []),
        `${words.asOf} ${p.data_as_of}`,
      ].join(' · ');
      return {
        id: tag(place, `site/${s.collection}/${s.id}`),
        title: name.text,
        lang: name.lang,
        updated: dayTime(day),
        ...(p.listed_since ? { published: dayTime(p.listed_since) } : {}),
        link: pageHref(place, lang, `sites/${s.collection}/${encodeURIComponent(s.id)}`),
        summary,
      };
    });
}

function newsEntries(dataset: Dataset, place: Place, lang: Lang): AtomEntry[] {
  return dataset.news.features
    .flatMap((f) => {
      const r = newsFeatureSchema.safeParse(f);
      return r.success ? [r.data] : [];
    })
    .sort((a, b) => b.properties.date.localeCompare(a.properties.date) || a.id.localeCompare(b.id))
    .map((n) => {
      const p = n.properties as unknown as Record<string, unknown>;
      const title = textOf(p, 'title', lang);
      return {
        id: tag(place, `news/${n.id}`),
        title: title.text,
        lang: title.lang,
        updated: dayTime(n.properties.date),
        published: dayTime(n.properties.date),
        link: pageHref(place, lang, 'news', `#${encodeURIComponent(n.id)}`),
        summary: textOf(p, 'teaser', lang).text,
      };
    });
}

/** Every feed file (`feeds/…` → XML text). */
export function buildFeeds(dataset: Dataset, publicUrl: string | undefined): Map<string, string> {
  const place = placeOf(publicUrl);
  const out = new Map<string, string>();
  for (const lang of ['de', 'en'] as const) {
    const suffix = lang === 'en' ? '.en' : '';
    out.set(
      `feeds/sites${suffix}.atom`,
      writeAtom(feedOf(place, lang, 'sites', siteEntries(dataset, place, lang))),
    );
    out.set(
      `feeds/news${suffix}.atom`,
      writeAtom(feedOf(place, lang, 'news', newsEntries(dataset, place, lang))),
    );
  }
  return out;
}
