import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './i18n';

/** localStorage key of the remembered language (`de` or `en`). */
export const LANGUAGE_STORAGE_KEY = 'sf.lang.v1';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** `lang` of a query string (`?lang=en&…`), or null when absent or not a language we speak. */
export function languageFromSearch(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : null;
}

const safeStorage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (privacy settings): the choice lasts for the page only
  }
};

export function storedLanguage(storage: Storage | undefined = safeStorage()): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // full or blocked storage: the language still applies to this page
  }
}

/**
 * The language the app starts in: `lang` in the URL wins (and is remembered, as a click on the
 * switch would be), then the remembered choice, then German.
 */
export function initialLanguage(search: string, storage: Storage | undefined = safeStorage()): Language {
  const fromUrl = languageFromSearch(search);
  if (fromUrl) {
    rememberLanguage(fromUrl, storage);
    return fromUrl;
  }
  return storedLanguage(storage) ?? DEFAULT_LANGUAGE;
}

/** `href` with `lang` set to `language`, or unchanged when it carries no `lang` (lists keep literal commas). */
export function withLanguage(href: string, language: Language): string {
  const [beforeHash, hash = ''] = href.split('#', 2) as [string, string?];
  const [path, query = ''] = beforeHash.split('?', 2) as [string, string?];
  if (!/(^|&)lang=/.test(query)) return href;
  const next = query
    .split('&')
    .map((pair) => (pair.startsWith('lang=') ? `lang=${language}` : pair))
    .join('&');
  return `${path}?${next}${hash ? `#${hash}` : ''}`;
}
