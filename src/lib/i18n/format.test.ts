import { describe, expect, it } from 'vitest';
import { formatters } from './format';

describe('formatters', () => {
  it('format numbers, areas, prices and dates per locale', () => {
    const d = formatters('de');
    expect(d.area(1234)).toBe('1.234\u00a0m²');
    expect(d.number(1234.5, 1)).toBe('1.234,5');
    expect(d.euro(65)).toBe('65,00\u00a0€');
    expect(d.km(3.14)).toBe('3,1\u00a0km');
    expect(d.date('2026-03-01')).toBe('01.03.2026');
    expect(d.monthYear('2027-03-15')).toBe('03/2027');
    const e = formatters('en');
    expect(e.area(1234)).toBe('1,234\u00a0m²');
    expect(e.number(1234.5, 1)).toBe('1,234.5');
    expect(e.monthYear('2027-12-31')).toBe('Dec 2027');
    expect([d.longDate('2026-12-31'), e.longDate('2026-03-01')]).toEqual([
      '31. Dezember 2026',
      '1 March 2026',
    ]);
  });

  it('keep a number and its unit on one line, as Intl keeps a price and its €', () => {
    const d = formatters('de');
    expect([d.area(43_000), d.area(950), d.km(1.8), d.euro(65)]).toEqual([
      '4,3\u00a0ha',
      '950\u00a0m²',
      '1,8\u00a0km',
      '65,00\u00a0€',
    ]);
  });

  it('name the month of an English day: 01/03/2027 is 1 March in Britain and 3 January in the US', () => {
    const e = formatters('en');
    expect([e.date('2027-03-01'), e.date('2026-12-08')]).toEqual(['1 Mar 2027', '8 Dec 2026']);
  });

  it('show a date that is no day as it came, instead of throwing (which blanks the page)', () => {
    const d = formatters('de');
    expect([d.date('2026-13-45'), d.longDate('kein Datum'), d.monthYear('')]).toEqual([
      '2026-13-45',
      'kein Datum',
      '',
    ]);
  });

  it('write large amounts short, and areas in one unit when asked', () => {
    expect(formatters('de').euroCompact(1_240_000)).toBe('1,24\u00a0Mio.\u00a0€');
    expect(formatters('en').euroCompact(1_240_000)).toBe('€1.24m');
    expect(formatters('de', 'ha').area(1_850)).toBe('0,19\u00a0ha');
    expect(formatters('de', 'm2').area(18_000)).toBe('18.000\u00a0m²');
  });
});
