import { describe, expect, it } from 'vitest';
import { localizedText } from './localized-text';

describe('localizedText', () => {
  const site = { name: 'Halle Nord – Baufeld 1', name_en: 'Halle Nord – Plot 1', contact_org: null };

  it('gives the English text to English readers', () => {
    expect(localizedText(site, 'name', 'en')).toEqual({
      text: 'Halle Nord – Plot 1',
      lang: 'en',
      fallback: false,
    });
  });

  it('gives German readers the German text, unmarked, even when English exists', () => {
    expect(localizedText(site, 'name', 'de')).toEqual({
      text: 'Halle Nord – Baufeld 1',
      lang: 'de',
      fallback: false,
    });
  });

  it.each([null, undefined, '', '  '])('falls back to German, marked, when the English is %j', (english) => {
    const item = { title: 'Spatenstich', title_en: english };
    expect(localizedText(item, 'title', 'en')).toEqual({ text: 'Spatenstich', lang: 'de', fallback: true });
  });

  it('gives null when the German text itself is missing', () => {
    expect(localizedText(site, 'contact_org', 'en')).toBeNull();
  });
});
