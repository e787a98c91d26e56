import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import type { Catalogue } from './locales/de';
import { en } from './locales/en';
import { keyIn } from './translation-key';

// The `@ts-expect-error` lines are the test: `npm run typecheck` fails if one of them compiles.
describe('typed translation keys', () => {
  const { t } = createI18n('de');

  it('t takes the German catalogue’s keys and rejects any other', () => {
    expect(t('app.title')).toBe('Standortfinder Mitteldeutschland');
    expect(t('search.plots', { count: 2, formatted: '2' })).toBe('2 Flächen');
    // @ts-expect-error -- not a key of the catalogue
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('keyIn checks the group, not the member', () => {
    expect(t(keyIn('enum.zoning', 'GI'))).toBe('GI – Industriegebiet');
    // @ts-expect-error -- not a group of the catalogue
    keyIn('no.such.group', 'GI');
  });

  it('the English catalogue must have every German key', () => {
    const { title: _title, ...withoutTitle } = en.app;
    // @ts-expect-error -- `title` is missing
    const incomplete: Catalogue['app'] = withoutTitle;
    expect(incomplete).not.toHaveProperty('title');
  });
});
