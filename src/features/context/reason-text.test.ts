import { describe, expect, it } from 'vitest';
import { formatters } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18n';
import type { LinkReason } from '@/lib/context/relate';
import { reasonText, topicLabel } from './reason-text';

const text = (language: 'de' | 'en', reason: LinkReason) =>
  reasonText(reason, createI18n(language).t, formatters(language));

describe('reason texts', () => {
  it('say why in German', () => {
    expect(text('de', { code: 'park', park: 'GVZ Leipzig' })).toBe('Im selben Gewerbegebiet (GVZ Leipzig)');
    expect(text('de', { code: 'municipality', municipality: 'Leuna' })).toBe('Gleiche Gemeinde (Leuna)');
    expect(text('de', { code: 'district', district: 'Saalekreis' })).toBe('Gleicher Landkreis (Saalekreis)');
    expect(text('de', { code: 'distance', km: 12.4 })).toBe('12\u00a0km entfernt');
    expect(text('de', { code: 'distance', km: 1.6 })).toBe('1,6\u00a0km entfernt');
    expect(text('de', { code: 'topic', topic: 'hydrogen' })).toBe('Thema: Wasserstoff');
    expect(text('de', { code: 'region', title: 'Innovationsregion Mitteldeutschland' })).toBe(
      'Im Gebiet: Innovationsregion Mitteldeutschland',
    );
  });

  it("name a described park in the reader's language and a brand name as it is", () => {
    const described: LinkReason = {
      code: 'park',
      park: 'Gewerbefläche am Flughafen Dresden',
      park_en: 'Commercial land at Dresden Airport',
    };
    const inLanguage = (language: 'de' | 'en', reason: LinkReason) =>
      reasonText(reason, createI18n(language).t, formatters(language), language);
    expect(inLanguage('en', described)).toBe('Same business park (Commercial land at Dresden Airport)');
    expect(inLanguage('de', described)).toBe('Im selben Gewerbegebiet (Gewerbefläche am Flughafen Dresden)');
    expect(inLanguage('en', { code: 'park', park: 'Star Park Halle' })).toBe(
      'Same business park (Star Park Halle)',
    );
  });

  it('name no project under the project itself: its title is the heading above', () => {
    const region: LinkReason = { code: 'region', title: 'HYPOS', title_en: 'HYPOS' };
    const under = (language: 'de' | 'en') =>
      reasonText(region, createI18n(language).t, formatters(language), language, true);
    expect(under('de')).toBe('Im Projektgebiet');
    expect(under('en')).toBe('In the project area');
  });

  it('say why in English, and show an unknown topic as it is', () => {
    expect(text('en', { code: 'district', district: 'Saalekreis' })).toBe('Same district (Saalekreis)');
    expect(text('en', { code: 'distance', km: 1.6 })).toBe('1.6\u00a0km away');
    expect(text('en', { code: 'topic', topic: 'quantum' })).toBe('Topic: quantum');
    expect(topicLabel('skilled-workers', createI18n('en').t)).toBe('Skilled workers');
  });
});
