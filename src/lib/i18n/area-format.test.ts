import { describe, expect, it } from 'vitest';
import { formatters } from './format';

describe('area formatting', () => {
  it('auto: m² below 1 ha, ha from 1 ha, per locale', () => {
    const de = formatters('de');
    expect(de.area(1234.5)).toBe('1.234,5\u00a0m²');
    expect(de.area(9999)).toBe('9.999\u00a0m²');
    expect(de.area(10_000)).toBe('1\u00a0ha');
    expect(de.area(23_456)).toBe('2,35\u00a0ha');
    expect(de.area(1_234_500)).toBe('123,45\u00a0ha');
    const en = formatters('en');
    expect(en.area(1234.5)).toBe('1,234.5\u00a0m²');
    expect(en.area(23_456)).toBe('2.35\u00a0ha');
    expect(en.area(12_345_678)).toBe('1,234.57\u00a0ha');
  });

  it('a chosen unit applies to every size', () => {
    expect(formatters('de', 'm2').area(123_456)).toBe('123.456\u00a0m²');
    expect(formatters('en', 'm2').area(123_456.7)).toBe('123,456.7\u00a0m²');
    expect(formatters('de', 'ha').area(2_500)).toBe('0,25\u00a0ha');
    expect(formatters('en', 'ha').area(2_500)).toBe('0.25\u00a0ha');
  });

  it('keeps numbers, prices, distances and dates per locale', () => {
    const de = formatters('de');
    const en = formatters('en');
    expect([de.number(1234.5, 1), en.number(1234.5, 1)]).toEqual(['1.234,5', '1,234.5']);
    expect([de.euro(1234.5), en.euro(1234.5)]).toEqual(['1.234,50\u00a0€', '€1,234.50']);
    expect([de.km(12.34), en.km(12.34)]).toEqual(['12,3\u00a0km', '12.3\u00a0km']);
    expect([de.date('2026-03-01'), en.date('2026-03-01')]).toEqual(['01.03.2026', '1 Mar 2026']);
  });
});
