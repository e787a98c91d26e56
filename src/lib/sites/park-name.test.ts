import { describe, expect, it } from 'vitest';
import { parkName } from './park-name';

describe('parkName', () => {
  const described = {
    park: 'Gewerbefläche am Flughafen Dresden',
    park_en: 'Commercial land at Dresden Airport',
  };
  const brand = { park: 'Star Park Halle', park_en: null };

  it('reads a described park in English for English readers', () => {
    expect(parkName(described, 'en')).toBe('Commercial land at Dresden Airport');
  });

  it('keeps the German label for German readers', () => {
    expect(parkName(described, 'de')).toBe('Gewerbefläche am Flughafen Dresden');
  });

  it('keeps a brand name in both languages', () => {
    expect(parkName(brand, 'en')).toBe('Star Park Halle');
  });

  it('has no park for a site outside any park', () => {
    expect(parkName({ park: null, park_en: null }, 'en')).toBeNull();
  });
});
