import { describe, expect, it } from 'vitest';
import { areaInM2, parseLocaleNumber, readArea, readNumber, type NumberLanguage } from './parse-number';

const numbers: [NumberLanguage, string, number | null][] = [
  ['de', '10', 10],
  ['de', '10,5', 10.5],
  ['de', '100.000', 100_000],
  ['de', '1.234,5', 1234.5],
  ['de', '1.234.567', 1_234_567],
  ['de', '1,234', 1.234], // German decimal mark, though three digits follow
  ['de', '10.5', 10.5], // not a thousands group: a decimal mark
  ['de', '0.500', 0.5], // a thousands group never starts with 0
  ['de', ' 25000 ', 25_000],
  ['de', '1,234,567', 1_234_567], // more than one: only thousands marks fit
  ['en', '10.5', 10.5],
  ['en', '100,000', 100_000],
  ['en', '1,234.5', 1234.5],
  ['en', '1.234', 1.234],
  ['en', '10,5', 10.5],
  ['en', '1,234,567', 1_234_567],
  ['de', '1,2,3', null],
  ['en', '1.2.3', null],
  ['de', '12.34,5', null],
  ['de', '1.234,5,6', null],
  ['de', '10,', null],
  ['de', ',5', null],
  ['de', '-5', null],
  ['de', 'zehn', null],
  ['de', '1e5', null],
  ['de', '', null],
];

describe('parseLocaleNumber', () => {
  it.each(numbers)('%s "%s" → %s', (language, text, expected) => {
    expect(parseLocaleNumber(text, language)).toBe(expected);
  });
});

describe('readNumber', () => {
  it('tells an empty field from one that is not a number', () => {
    expect(readNumber('  ', 'de')).toEqual({ kind: 'empty' });
    expect(readNumber('zehn', 'de')).toEqual({ kind: 'notNumber' });
    expect(readNumber('12,5', 'de')).toEqual({ kind: 'number', value: 12.5 });
  });
});

const areas: [NumberLanguage, string, 'm2' | 'ha', number | string][] = [
  ['de', '10', 'ha', 100_000],
  ['de', '10', 'm2', 10],
  ['de', '10 ha', 'm2', 100_000],
  ['de', '2,5ha', 'm2', 25_000],
  ['de', '25000 m²', 'ha', 25_000],
  ['de', '25.000 m2', 'ha', 25_000],
  ['de', '1.500 qm', 'ha', 1_500],
  ['de', '0,05 HA', 'm2', 500],
  ['de', '1,23456 ha', 'm2', 12_346], // whole m²
  ['en', '2.5 ha', 'm2', 25_000],
  ['en', '25,000 m²', 'ha', 25_000],
  ['de', 'zehn', 'ha', 'notNumber'],
  ['de', '1,2,3', 'ha', 'notNumber'],
  ['de', 'ha', 'ha', 'notNumber'],
  ['de', '10 acres', 'ha', 'unknownUnit'],
  ['en', '10 km', 'm2', 'unknownUnit'],
];

describe('readArea', () => {
  it.each(areas)('%s "%s" in a %s field → %s', (language, text, unit, expected) => {
    const read = readArea(text, language, unit);
    if (typeof expected === 'number') {
      expect(read.kind).toBe('number');
      if (read.kind === 'number') expect(areaInM2(read.value, read.unit!)).toBe(expected);
    } else expect(read.kind).toBe(expected);
  });

  it('names the unit it does not know', () => {
    expect(readArea('10 acres', 'en', 'ha')).toEqual({ kind: 'unknownUnit', unit: 'acres' });
  });
});
