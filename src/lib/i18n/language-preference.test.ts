import { describe, expect, it } from 'vitest';
import {
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  languageFromSearch,
  storedLanguage,
  withLanguage,
} from './language-preference';

const memoryStorage = (entries: Record<string, string> = {}): Storage => {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
};

describe('language preference', () => {
  it('reads lang from the query string and ignores languages we do not speak', () => {
    expect(languageFromSearch('?kind=plots&lang=en')).toBe('en');
    expect(languageFromSearch('lang=de')).toBe('de');
    expect(languageFromSearch('?lang=fr')).toBeNull();
    expect(languageFromSearch('')).toBeNull();
  });

  it('starts in German, then in the remembered language', () => {
    expect(initialLanguage('', memoryStorage())).toBe('de');
    expect(initialLanguage('', memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'en' }))).toBe('en');
    expect(initialLanguage('', memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'xx' }))).toBe('de');
  });

  it('lets lang in the URL win over the remembered choice and remembers it', () => {
    const storage = memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'de' });
    expect(initialLanguage('?lang=en', storage)).toBe('en');
    expect(storedLanguage(storage)).toBe('en');
    expect(initialLanguage('', storage)).toBe('en');
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(initialLanguage('?lang=en', broken)).toBe('en');
    expect(initialLanguage('', broken)).toBe('de');
  });

  it('rewrites lang in an address that has one and leaves others alone', () => {
    expect(withLanguage('/?kind=plots&lang=de&state=SN,ST#map=8/51/12', 'en')).toBe(
      '/?kind=plots&lang=en&state=SN,ST#map=8/51/12',
    );
    expect(withLanguage('/sites/plots/gf-1?lang=en', 'de')).toBe('/sites/plots/gf-1?lang=de');
    expect(withLanguage('/?kind=plots', 'en')).toBe('/?kind=plots');
    expect(withLanguage('/?slang=x', 'en')).toBe('/?slang=x');
  });
});
