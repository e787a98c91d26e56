import { describe, expect, it } from 'vitest';
import { newsPropertiesSchema } from './context-schemas';
import { englishText } from './field-types';
import { plotPropertiesSchema } from './site-schemas';
import { plotFeature } from '../../tests/support/site-fixtures';

const news = {
  kind: 'news',
  date: '2026-01-02',
  title: 'Spatenstich',
  teaser: 'Der Bau beginnt.',
  body: 'Heute beginnt der Bau.',
  source: 'mz.de 1',
};

describe('English text properties at the edge', () => {
  it('trims a present value and reads empty, blank, null and omitted as "no English"', () => {
    expect(englishText.parse('  Ground-breaking ')).toBe('Ground-breaking');
    for (const missing of ['', '   ', null, undefined]) expect(englishText.parse(missing)).toBeNull();
  });

  it('refuses a value that is not a string', () => {
    expect(englishText.safeParse(12).success).toBe(false);
    expect(newsPropertiesSchema.safeParse({ ...news, title_en: 12 }).success).toBe(false);
  });

  it('keeps a record without English valid and reads the English of one with it', () => {
    expect(newsPropertiesSchema.parse(news)).toMatchObject({
      title_en: null,
      body_en: null,
      source_en: null,
    });
    expect(newsPropertiesSchema.parse({ ...news, title_en: 'Ground-breaking' }).title_en).toBe(
      'Ground-breaking',
    );
    const plot = plotPropertiesSchema.parse({ ...plotFeature().properties, name_en: 'Plot 1' });
    expect(plot).toMatchObject({
      name_en: 'Plot 1',
      contact_org_en: null,
      contact_role_en: null,
      source_en: null,
    });
  });
});
